namespace Portal.Live;

/// <summary>
/// Which plan year a page shows when the address names none: the latest year whose plan has started (this calendar
/// year when it is published, else the latest before it); when every plan lies in the future, the earliest (ADR 014).
/// </summary>
public static class DefaultYear
{
    public static PlanState? Among(IReadOnlyList<PlanState> plans, int thisYear) =>
        plans.FirstOrDefault(p => p.Plan.Year == thisYear)
        ?? plans.Where(p => p.Plan.Year < thisYear).MaxBy(p => p.Plan.Year)
        ?? plans.MinBy(p => p.Plan.Year);
}
