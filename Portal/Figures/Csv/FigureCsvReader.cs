using CsvHelper;
using Portal.Domain.Localization;
using Portal.Figures.EntryFiles;
using Portal.Shared;

namespace Portal.Figures.Csv;

/// <summary>The rows of an import file as writes, each with its line, and every row that could not be read.</summary>
public sealed record ParsedFile(List<FigureWrite> Writes, List<int> Lines, List<ImportError> Errors);

/// <summary>
/// Reads an import file row by row (CsvHelper parses the bytes in place) into figure writes without version checks:
/// an import is an explicit, audited overwrite. Checks only what the text itself gets wrong; the plan's rules are
/// <see cref="Portal.Domain.Figures.FigureRules"/>'s.
/// </summary>
public static class FigureCsvReader
{
    private const string Expected = "kpi,division,month,value,note";

    private static string EntrySheetHeader => ListText.Join([EntrySheetFile.KpiCode, EntrySheetFile.DivisionCode, EntrySheetFile.Month, EntrySheetFile.Value, EntrySheetFile.Note]);
    private static ReadOnlySpan<byte> Blank => [0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n'];

    public static ParsedFile Read(ReadOnlyMemory<byte> file)
    {
        var result = new ParsedFile([], [], []);
        if (file.Span.Trim(Blank).IsEmpty)
        {
            result.Errors.Add(new(1, FigureMessages.Text.Format("Csv.Empty", Expected)));
            return result;
        }
        var malformed = new List<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',', TrackLineNumbers = true, PoolStrings = true, Encoding = TextEncodings.Detect(file.Span),
            OnMalformedRecord = m => malformed.Add(m.RecordNumber),
        };
        using var csv = CsvReader.Create(file, options);
        csv.ReadHeader();
        if (FigureCsvColumns.Resolve(csv) is not { } columns)
        {
            result.Errors.Add(new(1, FigureMessages.Text.Format("Csv.BadHeader", Expected, string.Join(",", csv.Headers), EntrySheetHeader)));
            return result;
        }
        var lines = new CsvLines(csv.LineNumber);
        var rows = new List<int>();
        while (csv.Read())
        {
            var line = lines.Next(csv.LineNumber, csv.RawRecord);
            rows.Add(line);
            if (columns.ReadRow(csv, line, result.Errors) is { } write)
            {
                result.Writes.Add(write);
                result.Lines.Add(line);
            }
        }
        // Record numbers count the header as 1; the reader may report a record before it is returned.
        foreach (var record in malformed.Where(r => r >= 2 && r - 2 < rows.Count))
            result.Errors.Add(new(rows[(int)(record - 2)], FigureMessages.Text["Csv.Quotes"]));
        return result;
    }
}
