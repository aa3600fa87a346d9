namespace Portal.Data.Entities;

/// <summary>One stored monthly figure. Unique per plan, KPI, division and month; Version guards against lost updates.</summary>
public sealed class FigureRecord : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Kpi { get; set; }
    public required string Division { get; set; }
    public int Month { get; set; }
    public double Value { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
