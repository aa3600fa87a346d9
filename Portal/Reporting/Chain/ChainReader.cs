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
/// It reads the library tree itself (a hundred rows): Reporting does not depend on the Libraries folder (ADR 032).
/// </summary>
public sealed class ChainReader(IDbContextFactory<PortalDbContext> contexts, PlanStores stores)
{
    public static readonly AuditEventKind[] Steps = [AuditEventKind.ChainReviewed, AuditEventKind.ChainReturned];

    /// <summary>The libraries above <paramref name="library"/>, nearest first: those that review its months.</summary>
    public static IReadOnlyList<Library> Above(IReadOnlyList<Library> all, Library library)
    {
        var above = new List<Library>();
        for (var parent = library.ParentId; parent is { } id && all.FirstOrDefault(l => l.Id == id) is { } next; parent = next.ParentId) above.Add(next);
        return above;
    }

    /// <summary>Every library of the deployment (the tree is not library-owned).</summary>
    public async Task<IReadOnlyList<Library>> LibrariesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Libraries.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct);
    }

    /// <summary>The libraries below <paramref name="library"/> whose months it reviews, nearest levels first.</summary>
    public static IReadOnlyList<int> Below(IReadOnlyList<Library> all, int library) =>
        all.Select(l => (Library: l, Above: Above(all, l))).Where(l => l.Above.Any(a => a.Id == library))
            .OrderBy(l => l.Above.Count).ThenBy(l => l.Library.Id).Select(l => l.Library.Id).ToList();

    public async Task<ChainMonth?> ReadAsync(int library, int year, int month, CancellationToken ct = default) =>
        (await ReadAsync([library], year, month, ct)).FirstOrDefault();

    /// <summary>The months of <paramref name="libraries"/> (those the current scope sees), in the order given.</summary>
    public async Task<IReadOnlyList<ChainMonth>> ReadAsync(IReadOnlyCollection<int> libraries, int year, int month, CancellationToken ct = default)
    {
        var all = await LibrariesAsync(ct);
        var ids = libraries.Where(LibraryScope.Current.Sees).ToList();
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
        foreach (var library in ids.Select(id => all.FirstOrDefault(l => l.Id == id)).OfType<Library>())
        {
            var divisions = Carrying(library.Id, year, month);
            var reviewed = closures[library.Id].Where(c => c.ReviewedAt is not null && divisions.Contains(c.Division)).ToList();
            DateTimeOffset? completedAt = divisions.Count > 0 && reviewed.Count == divisions.Count ? reviewed.Max(c => c.ReviewedAt) : null;
            var chain = steps[library.Id].Where(e => e.Subject is not null && byCode.ContainsKey(e.Subject))
                .Select(e => new ChainStep(byCode[e.Subject!], e.Kind == AuditEventKind.ChainReturned, e.At, e.By, e.Detail)).ToList();
            var above = Above(all, library);
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
