using Portal.Accounts;
using Portal.Data.Entities;
using Portal.Domain.Figures;

namespace Portal.Figures;

/// <summary>A write refused because someone else saved the cell after the writer loaded it.</summary>
public sealed record FigureConflict(string Kpi, string Division, int Month, double? CurrentValue, int CurrentVersion, string? By, DateTimeOffset? At, string? Note)
{
    public static FigureConflict From(FigureWrite w, FigureRecord? current) =>
        new(w.Kpi, w.Division, w.Month, current?.Value, current?.Version ?? 0, current?.UpdatedBy, current?.UpdatedAt, current?.Note);
}

/// <summary>
/// Saved: the figures as stored (a deleted one is absent). Errors: nothing was written. Conflicts: those cells
/// were refused, every other write of the request was committed. Refusals: the writer may not write there
/// (Forbidden, HTTP 403) or the month is closed (MonthClosed, HTTP 409); nothing was written.
/// </summary>
public sealed record SaveOutcome(IReadOnlyList<FigureRecord> Saved, IReadOnlyList<FigureError> Errors, IReadOnlyList<FigureConflict> Conflicts)
{
    public static SaveOutcome Invalid(IReadOnlyList<FigureError> errors) => new([], errors, []);
    public static SaveOutcome Refused(IReadOnlyList<WriteRefusal> refusals) => new([], [], []) { Refusals = refusals };

    public IReadOnlyList<WriteRefusal> Refusals { get; init; } = [];

    /// <summary>How many figures were created, changed or deleted (unchanged writes are not counted).</summary>
    public int Changed { get; init; }
    public bool Ok => Errors.Count == 0 && Conflicts.Count == 0 && Refusals.Count == 0;
}
