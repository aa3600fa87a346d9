namespace Portal.Data.Entities;

public enum AuditAction { Create, Update, Delete }

/// <summary>An append-only record of one change to a figure: who, when, old and new value, and the note.</summary>
public sealed class FigureAudit : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Kpi { get; set; }
    public required string Division { get; set; }
    public int Month { get; set; }
    public AuditAction Action { get; set; }
    public double? OldValue { get; set; }
    public double? NewValue { get; set; }
    public string? Note { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}
