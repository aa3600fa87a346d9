using Portal.Data.Entities;
using Portal.Entry;
using Portal.Live;
using Portal.Plans;
namespace Portal.Figures.EntryFiles;

/// <summary>One line of the entry sheet file: a KPI of the division's grid, with its figure of the month if any.</summary>
public sealed record EntrySheetLine(string Kpi, string KpiName, string Division, string DivisionName, int Month, double? Value, string Unit, string? Note)
{
    /// <summary>The line's cells in the order of <see cref="EntrySheetFile.Headers"/>, for the .xlsx and the CSV alike.</summary>
    public IReadOnlyList<object?> Cells => [Kpi, KpiName, Division, DivisionName, Month, Value, Unit, string.IsNullOrEmpty(Note) ? null : Note];
}

/// <summary>
/// The entry grid's export: the chosen division and month, one line per KPI the grid shows (the same rows, read by
/// <see cref="Entry.EntryExport"/>), with Chinese headers and names for people and the codes for the import. The
/// codes' headers are the ones the import recognises (<see cref="Csv.FigureCsvColumns"/>), so the file goes back in
/// as it came out, as .xlsx or as CSV.
/// </summary>
public static class EntrySheetFile
{
    public const string KpiCode = "指标代码";
    public const string DivisionCode = "部门代码";
    public const string Month = "月份";
    public const string Value = "数值";
    public const string Note = "备注";

    public static readonly string[] Headers = [KpiCode, "指标名称", DivisionCode, "部门", Month, Value, "单位", Note];

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(int year, string divisionName, int month, string extension) => $"{year}年{month}月-{divisionName}-填报表.{extension}";
}
