using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Shared;

/// <summary>
/// The one way the portal writes an Excel workbook: one worksheet, a bold frozen header, text as typed string cells
/// and numbers as numbers; a null cell is left empty. A string cell is never a formula, whatever it starts with, so
/// text needs no protecting apostrophe here (ADR 027) and comes back exactly as it went out.
/// </summary>
public static class XlsxSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const uint Bold = 1;

    /// <param name="rows">Each row's cells in column order: a string, a number (int or double), or null.</param>
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(Row(1, headers, Bold));
            uint r = 2;
            foreach (var cells in rows) data.Append(Row(r++, cells));
            sheet.Worksheet = new Worksheet(FrozenHeader(), ColumnWidths(widths), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(sheetName) }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint r, IReadOnlyList<object?> cells, uint style = 0)
    {
        var row = new Row { RowIndex = r };
        for (var c = 0; c < cells.Count; c++)
        {
            switch (cells[c])
            {
                case string text: row.Append(Text(c, r, text, style)); break;
                case int n: row.Append(Number(c, r, n)); break;
                case double x: row.Append(Number(c, r, x)); break;
            }
        }
        return row;
    }

    private static Cell Text(int column, uint row, string text, uint style) => new()
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

    private static Columns ColumnWidths(IReadOnlyList<double> widths) => new(widths.Select((w, i) =>
        new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellStyleFormats(new CellFormat()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
