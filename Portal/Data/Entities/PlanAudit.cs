namespace Portal.Data.Entities;

/// <summary>
/// An append-only record of one change to a plan's definition (publishing, importing, or an admin's edit): what was
/// changed (Action, Subject), old and new value as text, the reason, who and when, and the plan version it made.
/// </summary>
public sealed class PlanAudit : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public required string Reason { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}
