using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Libraries;
using Portal.Live;
using Portal.Domain.Localization;
using Portal.Shared;

namespace Portal.Province;

/// <summary>One stored figure of a library of the set, with the names a reader needs (a row of the export).</summary>
public sealed record ProvinceFigure(
    string Library, string Level, string? Parent, int Year, string Kpi, string KpiName, string Division, int Month, double Value, string Unit, string? Note);

/// <summary>
/// The figures of a <see cref="ProvinceSet"/> for one plan year, as CSV (formula-safe, <see cref="SafeCsvWriter"/>) or
/// .xlsx (<see cref="XlsxSheet"/>): one row per library × KPI × division × month, with Chinese column names. The
/// query sets aside the addressed library only; the visible set still holds (and row-level security on PostgreSQL).
/// </summary>
public sealed class ProvinceExport(PlanStores stores, IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The file's columns, in Chinese whatever the page's language: a data format, like the entry sheet's.</summary>
    public static readonly string[] Headers = new[] { "Library", "Level", "Parent", "Year", "KpiCode", "Kpi", "Division", "Month", "Value", "Unit", "Note" }
        .Select(c => ProvinceText.Text.Get("Export.Col." + c, TextResource.Chinese)).ToArray();

    private static readonly double[] Widths = [24, 8, 18, 8, 22, 28, 16, 7, 14, 8, 30];

    public async Task<IReadOnlyList<ProvinceFigure>> FiguresAsync(ProvinceSet set, int year, CancellationToken ct = default)
    {
        var ids = set.Ids;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Figures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking()
            .Where(f => f.Year == year && ids.Contains(f.LibraryId))
            .Select(f => new { f.LibraryId, f.Kpi, f.Division, f.Month, f.Value, f.Note }).ToListAsync(ct);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return stored.GroupBy(f => f.LibraryId).OrderBy(g => order[g.Key]).SelectMany(g =>
        {
            var library = set.Libraries[order[g.Key]];
            var plan = stores.For(library.Id).Find(year)?.Plan;
            int Position(string kpi) => plan?.HasKpi(kpi) == true ? plan.KpiIndex(kpi) : int.MaxValue;
            return g.OrderBy(f => Position(f.Kpi)).ThenBy(f => f.Kpi, StringComparer.Ordinal).ThenBy(f => f.Division, StringComparer.Ordinal).ThenBy(f => f.Month)
                .Select(f =>
                {
                    var kpi = plan?.HasKpi(f.Kpi) == true ? plan.Kpi(f.Kpi) : null;
                    var division = plan?.HasDivision(f.Division) == true ? plan.Division(f.Division).Name : f.Division;
                    return new ProvinceFigure(library.Name, LibraryMessages.Text.Get($"Level.{library.Level}", TextResource.Chinese), set.Parent(library)?.Name, year, f.Kpi,
                        kpi?.Name ?? f.Kpi, division, f.Month, f.Value, kpi?.Target.Unit ?? "", f.Note);
                });
        }).ToList();
    }

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<ProvinceFigure> figures, CancellationToken ct)
    {
        await using var csv = SafeCsvWriter.Create(output).Header(Headers);
        foreach (var f in figures) await csv.RowAsync(Cells(f), ct);
        await csv.FlushAsync(ct);
    }

    public static byte[] Xlsx(IReadOnlyList<ProvinceFigure> figures, string sheetName) =>
        XlsxSheet.Write(sheetName, Headers, Widths, figures.Select(Cells));

    /// <summary>A figure's row, in the order of <see cref="Headers"/>, for both files.</summary>
    private static IReadOnlyList<object?> Cells(ProvinceFigure f) =>
        [f.Library, f.Level, f.Parent, f.Year, f.Kpi, f.KpiName, f.Division, f.Month, f.Value, f.Unit, string.IsNullOrEmpty(f.Note) ? null : f.Note];
}
