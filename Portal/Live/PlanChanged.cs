namespace Portal.Live;

/// <summary>
/// Committed changes to a plan, already applied to its <see cref="PlanState"/> (whose Current evaluation includes
/// them): the figures, and the tasks' progress in ItemChanges (null when only figures changed). Revision is set when
/// the plan itself was published or edited: the year is new, or its targets, KPIs or divisions changed (ADR 014).
/// Reporting is set when the year's reporting cycle changed (a submission, a review, deadlines, reminders: ADR 030).
/// </summary>
public sealed record PlanChanged(int Year, IReadOnlyList<FigureChange> Changes,
    IReadOnlyList<ItemChange>? ItemChanges = null)
{
    /// <summary>The library whose plan changed (ADR 039): a page, a hub group and another instance apply it to that library's only.</summary>
    public int Library { get; init; } = Data.Entities.Library.DefaultId;

    public ChangeOrigin Origin { get; init; } = ChangeOrigin.ThisInstance;

    public PlanRevision? Revision { get; init; }

    public ReportingChange? Reporting { get; init; }
}
