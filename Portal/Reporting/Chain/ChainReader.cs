using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Domain.Reporting;
using Portal.Live;

namespace Portal.Reporting.Chain;

/// <summary>
/// Reads where libraries' months stand in the review chain (ADR 042): from each library's division closures (the
/// divisions that carry KPIs that month, reviewed inside the library) and its chain steps in the audit trail
/// (<see cref="AuditEventKind.ChainReviewed"/>, <see cref="AuditEventKind.ChainReturned"/>, the reviewing library's
/// code as the subject). Reads across libraries, so it ignores only the addressed filter: the visible set still holds.
/// The libraries above a library's month, those that review it, are its parents in the <see cref="LibraryTree"/>.
/// </summary>
public sealed class ChainReader(IDbContextFactory<PortalDbContext> contexts, PlanStores stores, LibraryTree tree)
{
    public static readonly AuditEventKind[] Steps = [AuditEventKind.ChainReviewed, AuditEventKind.ChainReturned];

    /// <summary>The libraries below <paramref name="library"/> whose months it reviews, nearest levels first.</summary>
    public async Task<IReadOnlyList<int>> BelowAsync(int library, CancellationToken ct = default)
    {
        await tree.AllAsync(ct);
        return tree.Below(library).OrderBy(l => tree.Above(l.Id).Count).ThenBy(l => l.Id).Select(l => l.Id).ToList();
    }

    public async Task<ChainMonth?> ReadAsync(int library, int year, int month, CancellationToken ct = default) =>
        (await ReadAsync([library], year, month, ct)).FirstOrDefault();

    /// <summary>The months of <paramref name="libraries"/> (those the current scope sees), in the order given.</summary>
    public async Task<IReadOnlyList<ChainMonth>> ReadAsync(IReadOnlyCollection<int> libraries, int year, int month, CancellationToken ct = default)
    {
        var ids = libraries.Where(LibraryScope.Current.Sees).ToList();
        var known = new List<Library>();
        foreach (var id in ids) if (await tree.FindAsync(id, ct) is { } found) known.Add(found);
        var all = await tree.AllAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closures = (await db.MonthClosures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking()
                .Where(c => ids.Contains(c.LibraryId) && c.Year == year && c.Month == month).ToListAsync(ct))
            .ToLookup(c => c.LibraryId);
        var steps = (await db.AuditEvents.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking()
                .Where(e => ids.Contains(e.LibraryId) && e.Year == year && e.Month == month && e.Division == null && Steps.Contains(e.Kind))
                .OrderBy(e => e.Id).ToListAsync(ct))
            .ToLookup(e => e.LibraryId);
        var byCode = all.ToDictionary(l => l.Code, l => l.Id);
        var months = new List<ChainMonth>();
        foreach (var library in known)
        {
            var divisions = Carrying(library.Id, year, month);
            var reviewed = closures[library.Id].Where(c => c.ReviewedAt is not null && divisions.Contains(c.Division)).ToList();
            DateTimeOffset? completedAt = divisions.Count > 0 && reviewed.Count == divisions.Count ? reviewed.Max(c => c.ReviewedAt) : null;
            var chain = steps[library.Id].Where(e => e.Subject is not null && byCode.ContainsKey(e.Subject))
                .Select(e => new ChainStep(byCode[e.Subject!], e.Kind == AuditEventKind.ChainReturned, e.At, e.By, e.Detail)).ToList();
            var above = tree.Above(library.Id);
            months.Add(new ChainMonth(library, year, month, ReviewChain.StateOf(above.Select(l => l.Id).ToList(), completedAt, chain), reviewed.Count, divisions.Count, above));
        }
        return months;
    }

    /// <summary>The divisions whose month counts: those that carry a KPI in it, in the library's plan for the year.</summary>
    private HashSet<string> Carrying(int library, int year, int month) =>
        stores.For(library).Find(year)?.Plan is { } plan
            ? plan.Divisions.Where(d => ReportingGaps.Carried(plan, d.Code, month).Count > 0).Select(d => d.Code).ToHashSet()
            : [];
}
