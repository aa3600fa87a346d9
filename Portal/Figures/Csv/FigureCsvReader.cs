using CsvHelper;
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
    private static ReadOnlySpan<byte> Blank => [0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n'];

    public static ParsedFile Read(ReadOnlyMemory<byte> file)
    {
        var result = new ParsedFile([], [], []);
        if (file.Span.Trim(Blank).IsEmpty)
        {
            result.Errors.Add(new(1, $"文件为空。第 1 行应为表头 {Expected}，其后每行一个数据，可先导出一份作为模板。"));
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
            result.Errors.Add(new(1, $"第 1 行应为表头 {Expected}（与导出文件相同）或填报表的表头（指标代码、部门代码、月份、数值、备注），实际是“{string.Join(",", csv.Headers)}”。"));
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
            result.Errors.Add(new(rows[(int)(record - 2)], "这一行的双引号不成对或位置不对。含逗号、引号或换行的备注须整体用英文双引号括起，内部的双引号写两次。"));
        return result;
    }
}
