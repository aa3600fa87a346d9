using CsvHelper;
using Portal.Data.Entities;

namespace Portal.Figures.Csv;

/// <summary>Writes figures as UTF-8 CSV with a BOM, so that Excel on Chinese Windows shows the notes correctly.</summary>
public static class FigureCsvWriter
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    public static async Task WriteAsync(Stream output, IEnumerable<FigureRecord> figures, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(FigureCsv.Columns);
        foreach (var f in figures)
        {
            csv.WriteField(f.Kpi);
            csv.WriteField(f.Division);
            csv.WriteField(f.Month, default);
            csv.WriteField(f.Value, default);
            csv.WriteField(f.Note);
            // The async end flushes a full buffer without blocking: the response stream refuses synchronous writes.
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
