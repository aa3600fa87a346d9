using Portal.Domain.Engine;
using Portal.Plans;

namespace Portal.Live;

/// <summary>
/// A plan's new evaluation after committed changes; Changes are the figures that caused it, ItemChanges the tasks'
/// progress (null when only figures changed).
/// </summary>
public sealed record PlanChanged(int Year, PlanEvaluation Evaluation, IReadOnlyList<FigureChange> Changes,
    IReadOnlyList<ItemChange>? ItemChanges = null)
{
    public ChangeOrigin Origin { get; init; } = ChangeOrigin.ThisInstance;
}
