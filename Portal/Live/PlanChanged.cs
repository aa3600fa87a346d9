using Portal.Plans;

namespace Portal.Live;

/// <summary>
/// Committed changes to a plan, already applied to its <see cref="PlanState"/> (whose Current evaluation includes
/// them): the figures, and the tasks' progress in ItemChanges (null when only figures changed).
/// </summary>
public sealed record PlanChanged(int Year, IReadOnlyList<FigureChange> Changes,
    IReadOnlyList<ItemChange>? ItemChanges = null)
{
    public ChangeOrigin Origin { get; init; } = ChangeOrigin.ThisInstance;
}
