using Portal.Data.Entities;
using Portal.Live;
using Portal.Plans;
using Portal.Domain.Figures;

namespace Portal.Figures;

/// <summary>A create, change or delete of one figure, with what its audit record needs.</summary>
public readonly record struct StagedChange(FigureWrite Write, FigureChange Change)
{
    public AuditAction Action => Change.Value is null ? AuditAction.Delete : Change.Previous is null ? AuditAction.Create : AuditAction.Update;
}

/// <summary>
/// What a save does to each cell, decided against the stored figures before anything is written: a write that
/// expected another version is a conflict, one that changes neither value nor note is skipped, and everything
/// else becomes a create, update or delete. Saved holds the figures as they will be stored (a stored version
/// goes up by one, a new figure starts at 1), deleted ones left out. <c>stored</c> is brought up to date as the batch
/// goes, so that a later save committed in the same transaction meets this one's figures (ADR 010).
/// </summary>
public sealed class FigureBatch
{
    public List<FigureConflict> Conflicts { get; } = [];
    public List<FigureRecord> Saved { get; } = [];
    public List<StagedChange> Staged { get; } = [];

    public static FigureBatch Stage(int year, IReadOnlyList<FigureWrite> writes,
        Dictionary<FigureCell, FigureRecord> stored, string by, DateTimeOffset at)
    {
        var batch = new FigureBatch();
        foreach (var w in writes)
        {
            var key = w.Cell;
            var current = stored.GetValueOrDefault(key);
            if (w.ExpectedVersion is { } expected && expected != (current?.Version ?? 0))
                batch.Conflicts.Add(FigureConflict.From(w, current));
            else if (w.Value is not { } value)
            {
                if (current is null) continue;
                batch.Staged.Add(new(w, new FigureChange(year, w.Kpi, w.Division, w.Month, null, current.Value, by, at)));
                stored.Remove(key);
            }
            else if (current is not null && current.Value == value && current.Note == w.Note)
                batch.Saved.Add(current);
            else
            {
                var saved = new FigureRecord
                {
                    Year = year, Kpi = w.Kpi, Division = w.Division, Month = w.Month, Value = value, Note = w.Note,
                    Version = (current?.Version ?? 0) + 1, UpdatedAt = at, UpdatedBy = by,
                };
                batch.Saved.Add(saved);
                batch.Staged.Add(new(w, new FigureChange(year, w.Kpi, w.Division, w.Month, value, current?.Value, by, at)));
                stored[key] = saved;
            }
        }
        return batch;
    }
}
