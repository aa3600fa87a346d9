namespace Portal.Data.Entities;

/// <summary>A plan year's definition, stored as the same JSON document as seeds/plan-YYYY.json (see ADR 001).</summary>
public sealed class PlanDocument : ILibraryOwned
{
    public int LibraryId { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>1 when published, one more for every edit (ADR 014): a stale edit is refused, an instance keeps the newest.</summary>
    public int Version { get; set; } = 1;

    public string? UpdatedBy { get; set; }
}
