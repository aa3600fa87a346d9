using System.Text;
using System.Text.Unicode;

namespace Portal.Figures.Csv;

/// <summary>The figure file format shared by export and import: its columns and how its bytes are decoded.</summary>
public static class FigureCsv
{
    public static readonly string[] Columns = ["kpi", "division", "month", "value", "note"];

    public const string ContentType = "text/csv; charset=utf-8";

    static FigureCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, a superset of GBK: what Excel writes for "CSV" on Chinese Windows.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>
    /// Valid UTF-8 (with or without a BOM) is read as UTF-8; anything else is taken for GB18030. A GBK file of
    /// Chinese text is almost never valid UTF-8, while the reverse guess would garble every UTF-8 file.
    /// </summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? null : Gb18030;

    public static string FileName(int year) => $"workplan-{year}-figures.csv";
}
