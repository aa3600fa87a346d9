namespace Portal.Domain.Plans;

/// <summary>A numbered task of the plan, e.g. 三.2 or 五(一).2, with its full text.</summary>
public sealed record PlanItem(string Code, string SectionCode, int Number, string Text, string? OwnerDivision);
