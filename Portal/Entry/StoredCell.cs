using Portal.Data.Entities;
using Portal.Figures;

namespace Portal.Entry;

/// <summary>A figure as stored: its value, the version the page loaded, and who changed it last and when.</summary>
public sealed record StoredCell(double Value, int Version, string? Note, string By, DateTimeOffset At)
{
    public static StoredCell From(FigureRecord r) => new(r.Value, r.Version, r.Note, r.UpdatedBy, r.UpdatedAt);

    /// <summary>The cell as the conflict found it; null when the other writer deleted it.</summary>
    public static StoredCell? From(FigureConflict c) =>
        c.CurrentValue is { } v ? new(v, c.CurrentVersion, c.Note, c.By ?? "", c.At ?? default) : null;
}
