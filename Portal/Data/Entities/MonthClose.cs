namespace Portal.Data.Entities;

/// <summary>
/// A division's month that its team lead has submitted (提交), which closes it for writes: its figures are final
/// unless it is withdrawn or sent back. Reviewed once an admin or the director has checked it (已审核).
/// </summary>
public sealed class MonthClose : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Division { get; set; }
    public int Month { get; set; }
    public required string ClosedBy { get; set; }
    public DateTimeOffset ClosedAt { get; set; }

    /// <summary>Why it was submitted with figures still missing; null when it was complete.</summary>
    public string? Reason { get; set; }

    /// <summary>How many of the division's KPIs had no figure when it was submitted.</summary>
    public int Missing { get; set; }

    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
}
