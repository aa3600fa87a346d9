namespace Portal.Data.Entities;

/// <summary>A plan year's definition, stored as the same JSON document as seeds/plan-YYYY.json (see ADR 001).</summary>
public sealed class PlanDocument
{
    public int Year { get; set; }
    public required string Title { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
