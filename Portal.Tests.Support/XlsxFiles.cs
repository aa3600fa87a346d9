using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Tests.Support;

/// <summary>Reads and edits the entry sheet's .xlsx as a person would in Excel: by row and the 数值 column.</summary>
public static class XlsxFiles
{
    /// <summary>The first worksheet's rows as text, each cell by its column (empty for a missing one).</summary>
    public static List<string[]> Rows(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var sheet = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        return sheet.Worksheet.Descendants<Row>().Select(row =>
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Max(c => Column(c.CellReference!)) + 1;
            var values = Enumerable.Repeat("", width).ToArray();
            foreach (var c in cells) values[Column(c.CellReference!)] = c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "";
            return values;
        }).ToList();
    }

    private static int Column(string reference) => reference[0] - 'A';

    public static byte[] SetValue(byte[] file, string kpi, double value) =>
        Edit(file, kpi, cell => { cell.DataType = CellValues.Number; cell.CellValue = new CellValue(value); });

    public static byte[] SetText(byte[] file, string kpi, string text) =>
        Edit(file, kpi, cell => { cell.DataType = CellValues.InlineString; cell.CellValue = null; cell.InlineString = new InlineString(new Text(text)); });

    /// <summary>Changes the 数值 cell (column F) of the KPI's row, as someone editing the file in Excel would.</summary>
    public static byte[] Edit(byte[] file, string kpi, Action<Cell> change)
    {
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First();
            var row = sheet.Worksheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InlineString?.Text?.Text == kpi);
            var cell = row.Elements<Cell>().SingleOrDefault(c => c.CellReference == $"F{row.RowIndex}");
            if (cell is null)
            {
                cell = new Cell { CellReference = $"F{row.RowIndex}" };
                row.InsertAfter(cell, row.Elements<Cell>().Single(c => c.CellReference == $"E{row.RowIndex}"));
            }
            change(cell);
        }
        return stream.ToArray();
    }
}
