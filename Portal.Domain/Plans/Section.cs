namespace Portal.Domain.Plans;

/// <summary>
/// A section of the plan (一 … 八) or a sub-section such as 五(一). A top-level section's KPIs include those
/// of its sub-sections.
/// </summary>
public sealed record Section(string Code, string Title, string? ParentCode, IReadOnlyList<PlanItem> Items)
{
    public bool IsTopLevel => ParentCode is null;
}
