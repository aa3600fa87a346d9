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

    // Applying and publishing happen as one step: otherwise two concurrent saves could publish their evaluations
    // in the opposite order, and a subscriber's last message would not be the final state.
    private readonly Lock _applyAndPublish = new();

    public IReadOnlyList<PlanState> Plans => _plans.Values.OrderByDescending(p => p.Plan.Year).ToList();

    public PlanState? Find(int year) => _plans.GetValueOrDefault(year);

    public PlanState Load(Plan plan, IEnumerable<MonthlyFigure> figures) =>
        _plans[plan.Year] = new PlanState(plan, figures, engine);

    /// <summary>Applies changes that this instance committed to the database to the live state of their plan.</summary>
    public void Apply(int year, IReadOnlyList<FigureChange> changes) => Apply(year, changes, ChangeOrigin.ThisInstance);

    /// <summary>Applies committed changes; <paramref name="origin"/> says whether this instance or another one committed them.</summary>
    public void Apply(int year, IReadOnlyList<FigureChange> changes, ChangeOrigin origin)
    {
        if (Find(year) is not { } state) return;
        lock (_applyAndPublish)
        {
            var evaluation = state.Apply(changes);
            feed.Publish(new PlanChanged(year, evaluation, changes) { Origin = origin });
        }
    }
}
