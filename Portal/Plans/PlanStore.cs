using System.Collections.Concurrent;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Live;

namespace Portal.Plans;

/// <summary>The one home of live plan data on this server: a <see cref="PlanState"/> per plan year.</summary>
public sealed class PlanStore(CompletionEngine engine, PlanFeed feed)
{
    private readonly ConcurrentDictionary<int, PlanState> _plans = new();

    public IReadOnlyList<PlanState> Plans => _plans.Values.OrderByDescending(p => p.Plan.Year).ToList();

    public PlanState? Find(int year) => _plans.GetValueOrDefault(year);

    /// <param name="items">The tasks' stored progress; items without one are not started.</param>
    public PlanState Load(Plan plan, IEnumerable<MonthlyFigure> figures, IEnumerable<TrackedItem>? items = null) =>
        _plans[plan.Year] = new PlanState(plan, figures, engine, items);

    /// <summary>Applies changes committed to the database to the live state of their plan.</summary>
    public void Apply(int year, IReadOnlyList<FigureChange> changes)
    {
        if (Find(year) is not { } state) return;
        var evaluation = state.Apply(changes);
        feed.Publish(new PlanChanged(year, evaluation, changes));
    }

    /// <summary>Applies task progress committed to the database; the section rollups change with it.</summary>
    public void ApplyItems(int year, IReadOnlyList<ItemChange> changes)
    {
        if (Find(year) is not { } state) return;
        var evaluation = state.ApplyItems(changes.Select(c => c.Now).ToList());
        feed.Publish(new PlanChanged(year, evaluation, [], changes));
    }
}
