using Portal.Domain.Progress;

namespace Portal.Data.Entities;

/// <summary>An append-only record of one change to a task's progress: who, when, old and new status, percentage and owner, and the note.</summary>
public sealed class ItemAudit : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public required string ItemCode { get; set; }
    public ItemStatus? OldStatus { get; set; }
    public ItemStatus NewStatus { get; set; }
    public int? OldPercent { get; set; }
    public int NewPercent { get; set; }
    public string? OldOwner { get; set; }
    public required string NewOwner { get; set; }
    public string? Note { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}
