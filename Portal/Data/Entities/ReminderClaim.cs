namespace Portal.Data.Entities;

/// <summary>
/// A reminder that was sent: one row per division, plan month and moment (before-3, due, overdue-2), unique, and
/// inserted before anything is sent, so that of several instances (or a restarted one) exactly one sends it. It is
/// also the in-portal notice its staff and team lead see until the month is reported or submitted.
/// </summary>
public sealed class ReminderClaim : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Division { get; set; }
    public int Month { get; set; }
    public required string Moment { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>How many of the division's KPIs were missing at that moment.</summary>
    public int Missing { get; set; }
}
