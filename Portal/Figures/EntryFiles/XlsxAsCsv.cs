using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portal.Shared;

namespace Portal.Figures.EntryFiles;

/// <summary>
/// An uploaded .xlsx becomes the CSV the figure import already reads: row n of the first worksheet is line n of
/// the CSV (a blank row stays a blank line), numbers stay numbers, and text goes through the formula-safe writer,
/// whose apostrophe the reader takes off again. So an .xlsx import has exactly the CSV import's rules, messages and
/// line numbers, and Excel's row numbers are the ones the messages name.
/// </summary>
public static class XlsxAsCsv
{
    /// <summary>Unpacked, a workbook of the 64 MB the import accepts stays well below this; a zip bomb does not.</summary>
    private const long MaxUnpackedBytes = 512L * 1024 * 1024;

    public static bool IsXlsx(ReadOnlySpan<byte> file) => file.StartsWith("PK\u0003\u0004"u8);

    /// <summary>The first worksheet as CSV bytes, or the reason in Chinese why the file cannot be read.</summary>
    public static (byte[]? Csv, string? Error) Convert(ReadOnlyMemory<byte> file)
    {
        try
        {
            using var stream = new MemoryStream(file.ToArray(), writable: false);
            if (Unpacked(stream) > MaxUnpackedBytes) return (null, FigureMessages.Text["Xlsx.TooLarge"]);
            stream.Position = 0;
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
                return (null, FigureMessages.Text["Xlsx.NoSheet"]);
            return (Write(sheet, SharedStrings(workbook)), null);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FileFormatException or XmlException or InvalidOperationException)
        {
            return (null, FigureMessages.Text["Xlsx.Unreadable"]);
        }
    }

    private static long Unpacked(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        return zip.Entries.Sum(e => e.Length);
    }

    private static string[] SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(Text).ToArray() ?? [];

    private static byte[] Write(WorksheetPart sheet, string[] shared)
    {
        using var output = new MemoryStream();
        using (var csv = SafeCsvWriter.Create(output))
        {
            uint next = 1;
            int? width = null; // the header's: every line has as many fields, however many cells Excel kept
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var index = row.RowIndex?.Value ?? next;
                for (; next < index; next++) csv.EndRecord(); // rows Excel leaves out are blank lines
                var cells = Cells(row, shared);
                if (cells.Count > 0)
                {
                    width ??= cells.Count;
                    while (cells.Count < width) cells.Add(null);
                    for (var c = 0; c < cells.Count; c++)
                    {
                        if (cells[c] is double number) csv.Number(number);
                        else csv.Text(cells[c] as string);
                    }
                }
                csv.EndRecord();
                next = index + 1;
            }
        }
        return output.ToArray();
    }

    /// <summary>The row's cells by column: a double for a number, a string for text, null for an empty cell.</summary>
    private static List<object?> Cells(Row row, string[] shared)
    {
        var cells = new List<object?>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = XlsxCells.Column(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count <= column) cells.Add(null);
            cells[column] = Value(cell, shared);
        }
        while (cells.Count > 0 && cells[^1] is null) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    private static object? Value(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return NullIfEmpty(cell.InlineString is { } inline ? Text(inline) : raw);
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? NullIfEmpty(shared[i]) : null;
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        return NullIfEmpty(raw); // text a formula gave, an error value, a date as text
    }

    private static string Text(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
