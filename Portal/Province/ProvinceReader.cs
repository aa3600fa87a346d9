using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Reporting;

namespace Portal.Province;

/// <summary>
/// Gathers a <see cref="ProvinceSet"/>'s month for <see cref="ProvinceRollup"/>: each library's evaluation from its
/// live <see cref="PlanStore"/> (never recomputed from SQL), and the month's closures, submission steps and
/// deadlines from the database in one query each. The queries set aside the addressed library (they read the
/// libraries below) and keep the visible set, as row-level security does on PostgreSQL.
/// </summary>
public sealed class ProvinceReader(PlanStores stores, IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>The plan years the addressed library has, latest first: the years the page offers.</summary>
    public IReadOnlyList<int> Years(ProvinceSet set) => stores.For(set.Addressed.Id).Plans.Select(p => p.Plan.Year).ToList();

    /// <summary>The latest month with figures in any library of the set (1 when there are none yet).</summary>
    public int LatestMonth(ProvinceSet set, int year) =>
        set.Active.Select(l => stores.For(l.Id).Find(year)?.Current.LatestMonth).Max() ?? 1;

    /// <summary>
    /// The addressed library's joint targets (ADR 043) as of <paramref name="month"/>: each one's evaluation (the
    /// contributions counted, a contributor that has not reported makes it 待报) and its total over the contributors.
    /// </summary>
    public IReadOnlyList<JointStanding> Joint(ProvinceSet set, int year, int month)
    {
        if (stores.For(set.Addressed.Id).Find(year) is not { } state) return [];
        var evaluation = state.Evaluate(month);
        return state.Plan.Kpis.Where(k => k.Joint is not null)
            .Select(k => state.Joint(k.Code) is { } total ? new JointStanding(evaluation.Kpi(k.Code), total) : null)
            .OfType<JointStanding>().ToList();
    }

    public async Task<ProvinceView> ReadAsync(ProvinceSet set, int year, int month, CancellationToken ct = default)
    {
        var libraries = set.Active.ToList();
        var ids = libraries.Select(l => l.Id).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closures = (await db.MonthClosures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking()
            .Where(c => c.Year == year && c.Month == month && ids.Contains(c.LibraryId)).ToListAsync(ct))
            .ToDictionary(c => (c.LibraryId, c.Division));
        var steps = (await db.AuditEvents.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking()
            .Where(e => e.Year == year && e.Month == month && e.Division != null && ids.Contains(e.LibraryId) && SubmissionService.Steps.Contains(e.Kind))
            .OrderByDescending(e => e.Id).Select(e => new { e.LibraryId, e.Division, e.Kind }).ToListAsync(ct))
            .GroupBy(e => (e.LibraryId, e.Division!)).ToDictionary(g => g.Key, g => g.First().Kind);
        var days = await db.ReportingYears.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking()
            .Where(y => y.Year == year && ids.Contains(y.LibraryId)).ToDictionaryAsync(y => y.LibraryId, y => y.DefaultDay, ct);
        var exceptions = (await db.DeadlineExceptions.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking()
            .Where(e => e.Year == year && ids.Contains(e.LibraryId)).ToListAsync(ct)).ToLookup(e => e.LibraryId);

        var now = clock.GetUtcNow();
        var months = libraries.Select(l =>
        {
            var store = stores.For(l.Id);
            var state = store.Find(year);
            var schedule = new DeadlineSchedule(year, days.GetValueOrDefault(l.Id, DeadlineSchedule.DefaultDueDay),
                exceptions[l.Id].ToDictionary(e => e.Month, e => e.DueDate));
            var reporting = state is null ? MonthReporting.None
                : Reporting(state.Plan, month, d => SubmissionService.StateOf(closures.GetValueOrDefault((l.Id, d)), steps.GetValueOrDefault((l.Id, d))),
                    schedule.IsOverdue(month, now));
            return new LibraryMonth(l.Id, l.Code, l.Name, l.Level, set.Parent(l)?.Name, set.City(l)?.Name,
                state?.Evaluate(month), store.Find(year - 1)?.Evaluate(month), reporting);
        }).ToList();
        return ProvinceRollup.Of(year, month, months);
    }

    /// <summary>The divisions owing the month, and which of them submitted, are late, or were sent back.</summary>
    private static MonthReporting Reporting(Plan plan, int month, Func<string, SubmissionState> stateOf, bool overdue)
    {
        var owing = plan.Divisions.Where(d => ReportingGaps.Carried(plan, d.Code, month).Count > 0).ToList();
        var states = owing.ToDictionary(d => d.Code, d => stateOf(d.Code));
        bool Done(Division d) => states[d.Code] is SubmissionState.Submitted or SubmissionState.Reviewed;
        return new MonthReporting(owing, owing.Where(Done).ToList(), overdue ? owing.Where(d => !Done(d)).ToList() : [],
            owing.Where(d => states[d.Code] == SubmissionState.Returned).ToList());
    }
}
