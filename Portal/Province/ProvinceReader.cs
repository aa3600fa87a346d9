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

    /// <summary>
    /// The month being reported now (<see cref="ReportingMonth"/>, as the reporting board and the entry grid open on):
    /// in the plan year the month most recently ended; for a past year the latest month with figures in any library.
    /// </summary>
    public int MonthNow(ProvinceSet set, int year) => ReportingMonth.Now(year, ChinaTime.Today(clock.GetUtcNow()),
        set.Active.Select(l => stores.For(l.Id).Find(year)?.Current.LatestMonth).Max());

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

    public async Task<ProvinceView> ReadAsync(ProvinceSet set, int year, int month, CancellationToken ct = default) =>
        Rollup(set, await RecordsAsync(set, year, month, ct));

    /// <summary>
    /// The month's reporting records of the set's libraries: closures, the last submission step of each division,
    /// due days and deadline exceptions, one query each. A live page (ProvinceLive) reads them again on every change it sees.
    /// </summary>
    public async Task<ProvinceRecords> RecordsAsync(ProvinceSet set, int year, int month, CancellationToken ct = default)
    {
        var ids = set.Active.Select(l => l.Id).ToList();
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
        var schedules = ids.ToDictionary(id => id, id => new DeadlineSchedule(year, days.GetValueOrDefault(id, DeadlineSchedule.DefaultDueDay),
            exceptions[id].ToDictionary(e => e.Month, e => e.DueDate)));
        return new ProvinceRecords(year, month, (library, division) =>
            SubmissionService.StateOf(closures.GetValueOrDefault((library, division)), steps.GetValueOrDefault((library, division))), schedules);
    }

    /// <summary>
    /// The roll-up of the records' month from the libraries' live stores, without the database: after a save only the
    /// library that saved evaluates again (<see cref="PlanState.Evaluate"/> keeps the others), so a live page or wall
    /// can roll up again on every change.
    /// </summary>
    public ProvinceView Rollup(ProvinceSet set, ProvinceRecords records)
    {
        var (year, month) = (records.Year, records.Month);
        var now = clock.GetUtcNow();
        var months = set.Active.Select(l =>
        {
            var store = stores.For(l.Id);
            var state = store.Find(year);
            var reporting = state is null || !records.Schedules.TryGetValue(l.Id, out var schedule) ? MonthReporting.None
                : Reporting(state.Plan, month, d => records.StateOf(l.Id, d), schedule.IsOverdue(month, now));
            return new LibraryMonth(l.Id, l.Code, l.Name, l.Level, set.Parent(l)?.Name, set.City(l)?.Name,
                state?.Evaluate(month), store.Find(year - 1)?.Evaluate(month), reporting);
        }).ToList();
        return ProvinceRollup.Of(year, month, months);
    }

    /// <summary>
    /// The libraries' latest saves below the addressed library, newest first, from the stores' recent changes: their
    /// contributions to its joint targets (ADR 043) when its plan has any, else every figure they saved. Each with the
    /// KPI it counts for (the joint target for a contribution).
    /// </summary>
    public (bool Contributions, IReadOnlyList<LatestSave> Saves) Latest(ProvinceSet set, int year, int count)
    {
        var own = stores.For(set.Addressed.Id).Find(year)?.Plan;
        var joint = own?.Kpis.Any(k => k.Joint is not null) == true;
        var prefix = $"{JointContribution.Prefix}{set.Addressed.Code}.";
        var saves = set.Active.Where(l => l.Id != set.Addressed.Id)
            .SelectMany(l => stores.For(l.Id).Find(year) is { } state ? state.Recent.Select(c => (Library: l, Plan: state.Plan, Change: c)) : [])
            .Select(s => !joint ? (s.Plan.HasKpi(s.Change.Kpi) ? new LatestSave(s.Library, s.Plan.Kpi(s.Change.Kpi), s.Change) : null)
                : s.Change.Kpi.StartsWith(prefix, StringComparison.Ordinal) && own!.HasKpi(s.Change.Kpi[prefix.Length..])
                    ? new LatestSave(s.Library, own.Kpi(s.Change.Kpi[prefix.Length..]), s.Change) : null)
            .OfType<LatestSave>().OrderByDescending(s => s.Change.At).Take(count).ToList();
        return (joint, saves);
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
