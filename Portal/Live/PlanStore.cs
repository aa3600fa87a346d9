using System.Collections.Concurrent;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;

namespace Portal.Live;

/// <summary>
/// The one home of one library's live plan data on this server: a <see cref="PlanState"/> per plan year. Each library
/// has its own (<see cref="PlanStores"/>); every change it publishes names its <see cref="Library"/> (ADR 039).
/// </summary>
/// <param name="joints">The links to the other libraries' stores for joint targets (ADR 043); null: a store on its own.</param>
public sealed class PlanStore(CompletionEngine engine, PlanFeed feed, TimeProvider? clock = null, int library = Data.Entities.Library.DefaultId,
    JointLinks? joints = null)
{
    public int Library => library;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private readonly ConcurrentDictionary<int, PlanState> _plans = new();

    // Applying and publishing happen as one step, so that subscribers get the changes in the order applied (the hub's
    // FigureSaved, the relay to other instances).
    private readonly Lock _applyAndPublish = new();

    public IReadOnlyList<PlanState> Plans => _plans.Values.OrderByDescending(p => p.Plan.Year).ToList();

    public PlanState? Find(int year) => _plans.GetValueOrDefault(year);

    /// <summary>The year shown when the address names none (see <see cref="DefaultYear"/>); null when no plan is published.</summary>
    public PlanState? Default => DefaultYear.Among(Plans, ChinaTime.Now(_clock).Year);

    /// <summary>The year asked for when it exists, else the default one.</summary>
    public PlanState? FindOrDefault(int? year) => (year is { } y ? Find(y) : null) ?? Default;

    /// <param name="items">The tasks' stored progress; items without one are not started.</param>
    /// <param name="recent">The latest committed changes, newest first (from the audit trail).</param>
    /// <param name="version">The stored version of the plan's definition.</param>
    /// <remarks>Each year is compared with the year before it (year over year), read from this store when evaluated.</remarks>
    public PlanState Load(Plan plan, IEnumerable<MonthlyFigure> figures, IEnumerable<TrackedItem>? items = null, IEnumerable<FigureChange>? recent = null,
        int version = 1)
    {
        // A contribution to a joint target no longer asked of this library is kept aside by the state, unread (ADR 043).
        var state = _plans[plan.Year] = Create(joints?.Join(library, plan) ?? plan, figures, items, recent, version);
        Find(plan.Year + 1)?.Invalidate();
        return state;
    }

    /// <summary>
    /// Serves a plan that was published or edited (here, or on another instance: <paramref name="origin"/>): a new year
    /// starts without figures, a known one moves its figures to the revision. A revision older than or as old as the
    /// one held is ignored (false), so instances end on the newest whatever order the news arrives in. Pages, the hub
    /// and the other instances hear of it through the feed.
    /// </summary>
    public bool Adopt(Plan plan, PlanRevision revision, ChangeOrigin origin)
    {
        if (!AdoptJoined(joints?.Join(library, plan) ?? plan, revision, origin)) return false;
        joints?.Adopted(library, plan.Year);
        return true;
    }

    private bool AdoptJoined(Plan plan, PlanRevision revision, ChangeOrigin origin)
    {
        lock (_applyAndPublish)
        {
            if (Find(plan.Year) is { } held)
            {
                if (held.Version >= revision.Version) return false;
                held.Revise(plan, revision.Version);
            }
            else _plans[plan.Year] = Create(plan, [], null, null, revision.Version);
            Find(plan.Year + 1)?.Invalidate(); // next year's 同比 reads this year's figures by KPI code
            feed.Publish(new PlanChanged(plan.Year, []) { Library = library, Origin = origin, Revision = revision });
            return true;
        }
    }

    private PlanState Create(Plan plan, IEnumerable<MonthlyFigure> figures, IEnumerable<TrackedItem>? items,
        IEnumerable<FigureChange>? recent, int version)
    {
        var year = plan.Year;
        return new PlanState(plan, figures, engine, items, recent, () => Find(year - 1)?.History, version, _clock,
            joints is null ? null : p => joints.Totals(library, p)) { Library = library };
    }

    /// <summary>
    /// Takes the joint targets above this library as they now are (ADR 043): a row added, or one no longer asked for
    /// removed. A removed row's figures stay in the database and are kept aside by the state, so that the row comes
    /// back with them when it is asked for again; pages hear of it as a revision.
    /// </summary>
    public void Rejoin(int year)
    {
        if (joints is null || Find(year) is not { } state) return;
        lock (_applyAndPublish)
        {
            var plan = joints.Join(library, state.Plan);
            if (Shape(plan) == Shape(state.Plan)) return;
            try
            {
                state.Revise(plan, state.Version);
            }
            catch (Domain.DomainException)
            {
                return;
            }
            feed.Publish(new PlanChanged(year, []) { Library = library, Origin = ChangeOrigin.OtherInstance, Revision = new PlanRevision(state.Version, PlanFile.Serialize(plan)) });
        }

        static string Shape(Plan p) => string.Join("|", p.Kpis.Where(k => k.ContributesTo is not null)
            .Select(k => FormattableString.Invariant($"{k.Code}:{k.LeadDivision}:{k.Target.Value}:{k.RetiredFrom}")));
    }

    /// <summary>Applies changes that this instance committed to the database to the live state of their plan.</summary>
    public void Apply(int year, IReadOnlyList<FigureChange> changes) => Apply(year, changes, ChangeOrigin.ThisInstance);

    /// <summary>
    /// Brings a plan in line with figures read from the database when it had applied <paramref name="appliedWhenRead"/>
    /// batches, applying the difference as changes from another instance (or, with <paramref name="origin"/>
    /// ThisInstance, as this instance's own). Refuses (false) when a batch was applied since the read: the read may
    /// then be older than the store, and the caller reads again. With <paramref name="cells"/>, only those cells were
    /// read and only they are brought in line.
    /// </summary>
    public bool Resync(int year, IReadOnlyDictionary<FigureCell, double> stored, long appliedWhenRead, string by, DateTimeOffset at,
        ChangeOrigin origin = ChangeOrigin.OtherInstance, IReadOnlyCollection<FigureCell>? cells = null)
    {
        if (Find(year) is not { } state) return true;
        lock (_applyAndPublish)
        {
            if (state.Applied != appliedWhenRead) return false;
            var changes = state.Differences(stored, by, at, cells);
            if (changes.Count > 0) ApplyAndPublish(state, changes, origin);
            return true;
        }
    }

    /// <summary>
    /// Tells the feed that a year's reporting changed (<paramref name="what"/>), here or, with <paramref name="origin"/>
    /// OtherInstance, on another instance: ReportingSync reads the stored state again, pages reload what they show,
    /// and the relay tells the other instances of a change made here.
    /// </summary>
    public void ReportingChanged(int year, ReportingChange what, ChangeOrigin origin = ChangeOrigin.ThisInstance)
    {
        lock (_applyAndPublish) feed.Publish(new PlanChanged(year, []) { Library = library, Origin = origin, Reporting = what });
    }

    /// <summary>
    /// Serves a year's stored deadlines and submitted months (ADR 026): the complete month and what is 待报 follow
    /// them. Pages and hub clients hear of it as a change without figures; every instance reads them itself after
    /// the <see cref="ReportingChanged"/> that caused it, so this one is not relayed.
    /// </summary>
    public void SetReporting(int year, DeadlineSchedule deadlines, IReadOnlySet<(string Division, int Month)> submitted)
    {
        if (Find(year) is not { } state) return;
        lock (_applyAndPublish)
        {
            state.SetReporting(deadlines, submitted);
            feed.Publish(new PlanChanged(year, []) { Library = library, Origin = ChangeOrigin.OtherInstance });
        }
    }

    /// <summary>Applies committed changes; <paramref name="origin"/> says whether this instance or another one committed them.</summary>
    public void Apply(int year, IReadOnlyList<FigureChange> changes, ChangeOrigin origin)
    {
        if (Find(year) is not { } state) return;
        lock (_applyAndPublish) ApplyAndPublish(state, changes, origin);
    }

    private void ApplyAndPublish(PlanState state, IReadOnlyList<FigureChange> changes, ChangeOrigin origin)
    {
        state.Apply(changes);
        Find(state.Plan.Year + 1)?.Invalidate();
        feed.Publish(new PlanChanged(state.Plan.Year, changes) { Library = library, Origin = origin });
        joints?.Changed(library, state.Plan.Year, changes);
    }

    /// <summary>Applies task progress this instance committed to the database; the section rollups change with it.</summary>
    public void ApplyItems(int year, IReadOnlyList<ItemChange> changes) => ApplyItems(year, changes, ChangeOrigin.ThisInstance);

    /// <summary>Applies committed task progress; an item older than the one held is ignored (see <see cref="PlanState.ApplyItems"/>).</summary>
    public void ApplyItems(int year, IReadOnlyList<ItemChange> changes, ChangeOrigin origin)
    {
        if (Find(year) is not { } state) return;
        lock (_applyAndPublish)
        {
            state.ApplyItems(changes.Select(c => c.Now).ToList());
            feed.Publish(new PlanChanged(year, [], changes) { Library = library, Origin = origin });
        }
    }
}
