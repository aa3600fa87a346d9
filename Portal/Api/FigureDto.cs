using Portal.Data.Entities;
using Portal.Figures;

namespace Portal.Api;

/// <summary>A stored figure as the API lists and returns it.</summary>
public sealed record FigureDto(string Kpi, string Division, int Month, double Value, string? Note, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static FigureDto From(FigureRecord f) => new(f.Kpi, f.Division, f.Month, f.Value, f.Note, f.Version, f.UpdatedAt, f.UpdatedBy);
}

/// <summary>The cell as it is now, in a 409: what to show the writer and the version to retry with (0 = no figure).</summary>
public sealed record ConflictCurrent(double? Value, int Version, string? UpdatedBy, DateTimeOffset? UpdatedAt, string? Note)
{
    public static ConflictCurrent From(FigureConflict c) => new(c.CurrentValue, c.CurrentVersion, c.By, c.At, c.Note);
}

public sealed record AuditDto(string Kpi, string Division, int Month, string Action, double? OldValue, double? NewValue, string? Note, string By, DateTimeOffset At)
{
    public static AuditDto From(FigureAudit a) => new(a.Kpi, a.Division, a.Month, a.Action.ToString(), a.OldValue, a.NewValue, a.Note, a.By, a.At);
}

public sealed record PlanSummaryDto(int Year, string Title);

public sealed record ImportedDto(int Imported);
