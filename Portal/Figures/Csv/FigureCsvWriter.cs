using Portal.Data.Entities;
using Portal.Shared;

namespace Portal.Figures.Csv;

/// <summary>Writes figures in the import format, through the portal's one formula-safe CSV writer.</summary>
public static class FigureCsvWriter
{
    public static async Task WriteAsync(Stream output, IEnumerable<FigureRecord> figures, CancellationToken ct)
    {
        await using var csv = SafeCsvWriter.Create(output).Header(FigureCsv.Columns);
        foreach (var f in figures)
        {
            csv.Text(f.Kpi);
            csv.Text(f.Division);
            csv.Number(f.Month);
            csv.Number(f.Value);
            csv.Text(f.Note);
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
