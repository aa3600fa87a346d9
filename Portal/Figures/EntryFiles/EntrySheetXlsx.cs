using Portal.Shared;

namespace Portal.Figures.EntryFiles;

/// <summary>The entry sheet as an Excel workbook, through the portal's one workbook writer (<see cref="XlsxSheet"/>, ADR 027).</summary>
public static class EntrySheetXlsx
{
    private static readonly double[] Widths = [34, 24, 18, 22, 7, 12, 8, 30];

    public static byte[] Write(IReadOnlyList<EntrySheetLine> lines, string sheetName) =>
        XlsxSheet.Write(sheetName, EntrySheetFile.Headers, Widths, lines.Select(l => l.Cells));
}
