namespace Portal.Data.Entities;

public enum AuditEventKind
{
    MonthClosed, MonthReopened, ClosedMonthOverride,
    UserCreated, UserRolesChanged, UserLocked, UserUnlocked, PasswordReset,
    TokenCreated, TokenRevoked,
    MonthReviewed, MonthReturned, DeadlinesChanged, UserEmailChanged,
    BenchmarkUsed, DeliveryRetried, DraftDiscarded,
    LibraryAdded, LibraryRetired, LibraryRemoved,
    ChainSubmitted, ChainReviewed, ChainReturned,
}

/// <summary>
/// An append-only record of an action that is not a figure change: closing or reopening a month, an admin's
/// write to a closed month (with the reason), and changes to accounts and tokens. Figure changes stay in FigureAudit.
/// </summary>
public sealed class AuditEvent : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public AuditEventKind Kind { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public int? Year { get; set; }
    public string? Division { get; set; }
    public int? Month { get; set; }

    /// <summary>What the action was about: a KPI code, a user name or a token label.</summary>
    public string? Subject { get; set; }
    public string? Detail { get; set; }
}
