namespace Portal.Data.Entities;

/// <summary>A division's month that a team lead has closed: its figures are final unless it is reopened.</summary>
public sealed class MonthClose
{
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Division { get; set; }
    public int Month { get; set; }
    public required string ClosedBy { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
}
