using Portal.Shared;

namespace Portal.Figures.EntryFiles;

/// <summary>The entry sheet as CSV, through the portal's one formula-safe writer (ADR 011a).</summary>
public static class EntrySheetCsv
{
    public static async Task WriteAsync(Stream output, IEnumerable<EntrySheetLine> lines, CancellationToken ct)
    {
        await using var csv = SafeCsvWriter.Create(output).Header(EntrySheetFile.Headers);
        foreach (var l in lines) await csv.RowAsync(l.Cells, ct);
        await csv.FlushAsync(ct);
    }
}
