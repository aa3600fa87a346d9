using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Figures.EntryFiles;

/// <summary>
/// The entry sheet as an Excel workbook: one worksheet, a bold frozen header, text as typed string cells and
/// figures as numbers. A string cell is never a formula, whatever it starts with, so text needs no protecting
/// apostrophe here (ADR 027) and comes back exactly as it went out.
/// </summary>
public static class EntrySheetXlsx
{
    private static readonly double[] Widths = [34, 24, 18, 22, 7, 12, 8, 30];
    private const uint Bold = 1;

    public static byte[] Write(IReadOnlyList<EntrySheetLine> lines, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(HeaderRow());
            for (var i = 0; i < lines.Count; i++) data.Append(LineRow(lines[i], (uint)i + 2));
            sheet.Worksheet = new Worksheet(FrozenHeader(), ColumnWidths(), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(sheetName) }));
        }
        return stream.ToArray();
    }

    private static Row HeaderRow()
    {
        var row = new Row { RowIndex = 1 };
        for (var c = 0; c < EntrySheetFile.Headers.Length; c++) row.Append(Text(c, 1, EntrySheetFile.Headers[c], Bold));
        return row;
    }

    private static Row LineRow(EntrySheetLine l, uint r)
    {
        var row = new Row { RowIndex = r };
        row.Append(Text(0, r, l.Kpi), Text(1, r, l.KpiName), Text(2, r, l.Division), Text(3, r, l.DivisionName), Number(4, r, l.Month));
        if (l.Value is { } value) row.Append(Number(5, r, value));
        row.Append(Text(6, r, l.Unit));
        if (!string.IsNullOrEmpty(l.Note)) row.Append(Text(7, r, l.Note));
        return row;
    }

    private static Cell Text(int column, uint row, string text, uint style = 0) => new()
    {
        CellReference = XlsxCells.Reference(column, row), DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style,
        InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(int column, uint row, double value) => new()
    {
        CellReference = XlsxCells.Reference(column, row), DataType = CellValues.Number, CellValue = new CellValue(value),
    };

    /// <summary>A note may hold a control character XML cannot carry; it is dropped rather than failing the export.</summary>
    private static string XmlSafe(string text) => text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ":\\/?*[]".Contains(ch) ? '_' : ch).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });

    private static Columns ColumnWidths() => new(Widths.Select((w, i) =>
        new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellStyleFormats(new CellFormat()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
