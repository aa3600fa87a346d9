using System.Collections.Immutable;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Progress;
using Portal.Domain.Reporting;

namespace Portal.Live;

/// <summary>
/// The live state of one plan year on this server: its ledger, its tasks' progress and the latest evaluation. Writers
/// apply committed changes under a lock; readers take the immutable <see cref="Current"/> evaluation, without
/// locking once it is up to date. A change only updates the ledger and marks the evaluation stale; the first reader
/// after it evaluates the plan, once for however many saves came in between (a burst, an import), so a save costs
/// no evaluation and the plan is evaluated at the rate pages and broadcasts read it.
/// </summary>
public sealed class PlanState
{
    public const int RecentCapacity = 50;
    private readonly Lock _gate = new();
    private FigureLedger _ledger;
    private readonly CompletionEngine _engine;
    private volatile PlanEvaluation _current;
    private volatile bool _stale;
    private IReadOnlyDictionary<string, ItemProgress> _progress;
    private volatile IReadOnlyList<FigureChange> _recent;
    private long _applied;
    private volatile Dictionary<string, TrackedItem> _items;
    private readonly Func<PastYear?> _lastYear;
    private readonly Func<Plan, IReadOnlyDictionary<string, JointTotal>?> _joint;
    private volatile PastYear? _history;
    private readonly TimeProvider _clock;
    private DeadlineSchedule _deadlines;
    private IReadOnlySet<(string Division, int Month)> _submitted = new HashSet<(string, int)>();
    private ReportingProgress _reporting = ReportingProgress.None;
    private long _nextDeadline; // UTC ticks, read without the lock
    private IReadOnlyList<MonthlyFigure> _setAside;
    private volatile MonthEvaluations? _months;

    /// <param name="lastYear">The previous plan year's figures, read at each evaluation (year over year); null: none.</param>
    public PlanState(Plan plan, IEnumerable<MonthlyFigure> figures, CompletionEngine engine, IEnumerable<TrackedItem>? items = null,
        IEnumerable<FigureChange>? recent = null, Func<PastYear?>? lastYear = null, int version = 1, TimeProvider? clock = null,
        Func<Plan, IReadOnlyDictionary<string, JointTotal>?>? joint = null)
    {
        _joint = joint ?? (_ => null);
        _lastYear = lastYear ?? (() => null);
        _clock = clock ?? TimeProvider.System;
        _deadlines = new DeadlineSchedule(plan.Year);
        Version = version;
        _recent = recent?.Take(RecentCapacity).ToList() ?? [];
        _engine = engine;
        (_ledger, _setAside) = Ledger(plan, figures);
        _items = plan.Items.ToDictionary(i => i.Code, TrackedItem.Unreported);
        foreach (var item in items ?? []) if (_items.ContainsKey(item.ItemCode)) _items[item.ItemCode] = item;
        _progress = Progress(_items);
        _current = engine.Evaluate(_ledger, items: _progress, lastYear: _lastYear(), reporting: Reporting(), joint: _joint(plan));
    }

    /// <summary>The library whose plan this is (ADR 039): that of the <see cref="PlanStore"/> that holds it.</summary>
    public int Library { get; init; } = Data.Entities.Library.DefaultId;

    public Plan Plan => _ledger.Plan;

    /// <summary>The version of the plan's definition held (1 when published, one more per edit).</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The evaluation at the complete month (every division owing figures has reported or submitted it, ADR 026),
    /// with every applied change in it. A deadline passing makes it stale too: what was 待报 is judged from then on.
    /// </summary>
    public PlanEvaluation Current
    {
        get
        {
            if (!_stale && _clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _nextDeadline)) return _current;
            lock (_gate)
            {
                if (_stale || _clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _nextDeadline))
                    (_current, _stale) = (_engine.Evaluate(_ledger, items: _progress, lastYear: _lastYear(), reporting: Reporting(), joint: _joint(Plan)), false);
                return _current;
            }
        }
    }

    /// <summary>
    /// The year's deadlines and submitted months, as stored (ReportingSync keeps them current); the evaluation tells
    /// a figure not yet due (待报) from a late one with them.
    /// </summary>
    public void SetReporting(DeadlineSchedule deadlines, IReadOnlySet<(string Division, int Month)> submitted)
    {
        lock (_gate) (_deadlines, _submitted, _stale) = (deadlines, submitted, true);
    }

    /// <summary>The reporting state now, under the lock; notes when the next deadline passes so that Current re-evaluates then.</summary>
    private ReportingProgress Reporting()
    {
        var now = _clock.GetUtcNow();
        var overdue = ReportingProgress.OverdueAt(_deadlines, now);
        var next = Enumerable.Range(1, 12).Select(_deadlines.Deadline).Where(d => d > now).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        Interlocked.Exchange(ref _nextDeadline, next.UtcTicks);
        if (overdue != _reporting.OverdueMonths || !ReferenceEquals(_submitted, _reporting.Submitted)) _reporting = new ReportingProgress(overdue, _submitted);
        return _reporting;
    }

    /// <summary>The latest committed changes, newest first (for tickers and "latest entries").</summary>
    public IReadOnlyList<FigureChange> Recent => _recent;

    /// <summary>Every task of the plan by item code, with its progress (unreported ones not started).</summary>
    public IReadOnlyDictionary<string, TrackedItem> Items => _items;

    /// <summary>
    /// The evaluation as of another month than the complete one (a roll-up over libraries compares them at one month).
    /// Kept until the next change: every change makes <see cref="Current"/> a new evaluation, so one still the same
    /// object means nothing changed since, and a province page or wall that reads a hundred libraries after one save
    /// evaluates only the library that saved.
    /// </summary>
    public PlanEvaluation Evaluate(int? asOf)
    {
        var current = Current;
        if (asOf is not { } month || month == current.AsOf) return current;
        var memo = _months;
        if (memo is not null && ReferenceEquals(memo.Base, current) && memo.At.TryGetValue(month, out var kept)) return kept;
        PlanEvaluation evaluation;
        lock (_gate) evaluation = _engine.Evaluate(_ledger, month, _progress, _lastYear(), Reporting(), _joint(Plan));
        // A few months at most (a briefing reads two, a roll-up one): a store per library must stay small.
        var at = memo is not null && ReferenceEquals(memo.Base, current) && memo.At.Count < 3 ? memo.At : ImmutableDictionary<int, PlanEvaluation>.Empty;
        // Kept against the evaluation read before it: a change in between only makes the next reader evaluate again.
        _months = new MonthEvaluations(current, at.SetItem(month, evaluation));
        return evaluation;
    }

    private sealed record MonthEvaluations(PlanEvaluation Base, ImmutableDictionary<int, PlanEvaluation> At);

    /// <summary>A joint target's contributions as they stand (ADR 043); null for a KPI that is not one.</summary>
    public JointTotal? Joint(string kpi) => Plan.HasKpi(kpi) && Plan.Kpi(kpi).Joint is not null ? _joint(Plan)?.GetValueOrDefault(kpi) : null;

    /// <summary>
    /// This year's figures as an immutable copy, for the next year's comparison. The next year reads it under its own
    /// lock, so locks are always taken from a later year to an earlier one.
    /// </summary>
    public PastYear History
    {
        get
        {
            if (_history is { } h) return h;
            lock (_gate) return _history ??= PastYear.From(_ledger);
        }
    }

    /// <summary>
    /// Marks the evaluation stale without a change of its own: the previous year's figures changed. Under the lock,
    /// so that it cannot fall between an evaluation and its clearing of the flag.
    /// </summary>
    public void Invalidate()
    {
        lock (_gate) _stale = true;
    }

    /// <summary>Reads the ledger consistently (monthly series for charts, last month's values for the grid).</summary>
    public T Read<T>(Func<FigureLedger, T> read)
    {
        lock (_gate) return read(_ledger);
    }

    /// <summary>How many batches have been applied: lets a resynchronisation tell whether it raced a save.</summary>
    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>
    /// The changes that would make this plan hold exactly <paramref name="stored"/> (cells absent there are deleted):
    /// in every cell, or only in <paramref name="cells"/> (those of the plan; others are ignored).
    /// </summary>
    public IReadOnlyList<FigureChange> Differences(IReadOnlyDictionary<FigureCell, double> stored, string by, DateTimeOffset at,
        IReadOnlyCollection<FigureCell>? cells = null)
    {
        var plan = Plan;
        var changes = new List<FigureChange>();
        lock (_gate)
        {
            if (cells is null)
            {
                for (var k = 0; k < plan.Kpis.Count; k++)
                for (var d = 0; d < plan.Divisions.Count; d++)
                for (var m = 1; m <= 12; m++) Compare(k, d, m);
            }
            else
            {
                foreach (var (kpi, division, month) in cells)
                    if (plan.HasKpi(kpi) && plan.HasDivision(division) && month is >= 1 and <= 12)
                        Compare(plan.KpiIndex(kpi), plan.DivisionIndex(division), month);
            }
        }
        return changes;

        void Compare(int k, int d, int m)
        {
            var (kpi, division) = (plan.Kpis[k].Code, plan.Divisions[d].Code);
            var have = _ledger.Value(k, d, m);
            double? want = stored.TryGetValue(new FigureCell(kpi, division, m), out var v) ? v : null;
            if (have != want) changes.Add(new FigureChange(plan.Year, kpi, division, m, want, have, by, at));
        }
    }

    public void Apply(IReadOnlyList<FigureChange> changes)
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _applied);
            if (changes.Count > Plan.Kpis.Count) ApplyInBulk(changes);
            else foreach (var c in changes) _ledger.Set(c.Kpi, c.Division, c.Month, c.Value);
            var newest = new List<FigureChange>(RecentCapacity);
            for (var i = changes.Count - 1; i >= 0 && newest.Count < RecentCapacity; i--) newest.Add(changes[i]);
            newest.AddRange(_recent.Take(RecentCapacity - newest.Count));
            _recent = newest;
            _history = null;
            _stale = true;
        }
    }

    /// <summary>
    /// A large batch (an import) sets the raw values and recomputes the ledger once: cheaper than recomputing a
    /// KPI's row per change once there are more changes than KPIs. The writer has validated the values already.
    /// </summary>
    private void ApplyInBulk(IReadOnlyList<FigureChange> changes)
    {
        foreach (var c in changes)
            _ledger.SetRaw(Plan.KpiIndex(c.Kpi), Plan.DivisionIndex(c.Division), Months.Require(c.Month), c.Value);
        _ledger.RecomputeAll();
    }

    /// <summary>
    /// Applies committed task progress. Items not in the plan are ignored, and so is a version older than the one
    /// held: two writers' commits may reach the store in either order, and the newer one must stay.
    /// </summary>
    public void ApplyItems(IReadOnlyCollection<TrackedItem> items)
    {
        lock (_gate)
        {
            var next = new Dictionary<string, TrackedItem>(_items);
            foreach (var item in items)
                if (next.TryGetValue(item.ItemCode, out var held) && item.Version > held.Version) next[item.ItemCode] = item;
            (_items, _progress, _stale) = (next, Progress(next), true);
        }
    }

    /// <summary>
    /// Swaps in a revised definition of the same year, keeping every figure, the task progress and the recent changes
    /// (ADR 014). Refuses (DomainException, nothing changed) when a figure's KPI or division is not in the revision; a
    /// contribution to a joint target the revision no longer has is kept aside instead (<see cref="Ledger"/>).
    /// </summary>
    public void Revise(Plan plan, int version)
    {
        if (plan.Year != Plan.Year) throw new ArgumentException("A plan can only be revised by a plan of the same year.", nameof(plan));
        lock (_gate)
        {
            var (ledger, setAside) = Ledger(plan, _ledger.AllFigures().Concat(_setAside));
            var items = plan.Items.ToDictionary(i => i.Code, i => _items.TryGetValue(i.Code, out var held) && held.Version > 0
                ? held : TrackedItem.Unreported(i));
            (_ledger, _setAside, _items, _progress, Version, _stale, _history) = (ledger, setAside, items, Progress(items), version, true, null);
            Interlocked.Increment(ref _applied);
        }
    }

    /// <summary>
    /// The plan's ledger of <paramref name="figures"/>, and those of contributions to joint targets the plan no longer
    /// has (ADR 043): kept aside, not read, until a revision has their row again (their stored rows are never deleted).
    /// </summary>
    private static (FigureLedger Ledger, IReadOnlyList<MonthlyFigure> SetAside) Ledger(Plan plan, IEnumerable<MonthlyFigure> figures)
    {
        var aside = figures.ToLookup(f => !plan.HasKpi(f.Kpi) && f.Kpi.StartsWith(JointContribution.Prefix, StringComparison.Ordinal));
        var ledger = new FigureLedger(plan);
        ledger.AddRange(aside[false]);
        return (ledger, aside[true].ToList());
    }

    private static Dictionary<string, ItemProgress> Progress(Dictionary<string, TrackedItem> items) =>
        items.ToDictionary(p => p.Key, p => p.Value.Progress);
}
