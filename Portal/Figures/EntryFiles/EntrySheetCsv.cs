using Portal.Shared;

namespace Portal.Figures.EntryFiles;

/// <summary>The entry sheet as CSV, through the portal's one formula-safe writer (ADR 011a).</summary>
public static class EntrySheetCsv
{
    public static async Task WriteAsync(Stream output, IEnumerable<EntrySheetLine> lines, CancellationToken ct)
    {
        await using var csv = SafeCsvWriter.Create(output).Header(EntrySheetFile.Headers);
        foreach (var l in lines)
        {
            csv.Text(l.Kpi);
            csv.Text(l.KpiName);
            csv.Text(l.Division);
            csv.Text(l.DivisionName);
            csv.Number(l.Month);
            csv.Number(l.Value);
            csv.Text(l.Unit);
            csv.Text(l.Note);
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
