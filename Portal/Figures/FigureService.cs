using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Plans;

namespace Portal.Figures;

/// <summary>
/// The one write path for figures, used by the entry grid and the API: checks the writer's rights and closed
/// months (<see cref="WriteGuard"/>, for the <see cref="CurrentUser"/>), validates against the plan, refuses stale
/// versions cell by cell, writes figures and their audit records in one transaction, then updates the live store.
/// With a <see cref="WriteGate"/> (registered on the server) saves queue in memory rather than on SQLite's lock.
/// </summary>
public sealed class FigureService(
    PortalDbContext db, PlanStore store, TimeProvider clock, WriteGuard guard, CurrentUser currentUser, WriteGate? gate = null)
{
    public Task<SaveOutcome> SaveAsync(PlanState plan, IReadOnlyList<FigureWrite> writes, string by, CancellationToken ct = default) =>
        SaveAsync(plan, writes, by, overrideReason: null, ct);

    /// <param name="overrideReason">An admin's reason for changing a closed month; audited with each change.</param>
    public async Task<SaveOutcome> SaveAsync(PlanState plan, IReadOnlyList<FigureWrite> writes, string by, string? overrideReason, CancellationToken ct = default)
    {
        var year = plan.Plan.Year;
        var user = await currentUser.GetAsync();
        using var entered = gate is null ? default : await gate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var check = await guard.CheckAsync(user, year, writes.Select(w => (w.Division, w.Month)), overrideReason, ct);
        if (!check.IsAllowed) return SaveOutcome.Refused(check.Refusals);
        var errors = FigureValidator.Validate(plan.Plan, writes);
        if (errors.Count > 0) return SaveOutcome.Invalid(errors);
        var at = clock.GetUtcNow();
        var existing = await LoadAsync(year, writes, ct);
        var conflicts = new List<FigureConflict>();
        var changes = new List<FigureChange>();
        var saved = new List<FigureRecord>();
        foreach (var w in writes)
        {
            var current = existing.GetValueOrDefault((w.Kpi, w.Division, w.Month));
            if (w.ExpectedVersion is { } expected && expected != (current?.Version ?? 0))
            {
                conflicts.Add(FigureConflict.From(w, current));
                continue;
            }
            var (record, change) = Apply(year, w, current, by, at);
            if (record is not null) saved.Add(record);
            if (change is null) continue;
            changes.Add(change);
            if (check.Overrides.Any(c => c.Division == w.Division && c.Month == w.Month)) AuditOverride(year, w, by, at, overrideReason!);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another writer got in between our read and our write: nothing of ours is kept; report the cells as they are now.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var now = await LoadAsync(year, writes, ct);
            return new SaveOutcome([], [], writes.Select(w => FigureConflict.From(w, now.GetValueOrDefault((w.Kpi, w.Division, w.Month)))).ToList());
        }
        if (changes.Count > 0) store.Apply(year, changes);
        return new SaveOutcome(saved, [], conflicts);
    }

    /// <summary>Stages one write; returns the record as it will be stored (null once deleted) and the change, if any.</summary>
    private (FigureRecord? Record, FigureChange? Change) Apply(int year, FigureWrite w, FigureRecord? current, string by, DateTimeOffset at)
    {
        if (w.Value is not { } value)
        {
            if (current is null) return (null, null);
            db.Figures.Remove(current);
            Audit(year, w, AuditAction.Delete, current.Value, null, by, at);
            return (null, new FigureChange(year, w.Kpi, w.Division, w.Month, null, current.Value, by, at));
        }
        if (current is null)
        {
            current = new FigureRecord { Year = year, Kpi = w.Kpi, Division = w.Division, Month = w.Month, UpdatedBy = by };
            db.Figures.Add(current);
            Audit(year, w, AuditAction.Create, null, value, by, at);
        }
        else if (current.Value == value && current.Note == w.Note) return (current, null);
        else Audit(year, w, AuditAction.Update, current.Value, value, by, at);
        var previous = current.Version == 0 ? (double?)null : current.Value;
        current.Value = value;
        current.Note = w.Note;
        current.Version++;
        current.UpdatedAt = at;
        current.UpdatedBy = by;
        return (current, new FigureChange(year, w.Kpi, w.Division, w.Month, value, previous, by, at));
    }

    private void Audit(int year, FigureWrite w, AuditAction action, double? old, double? value, string by, DateTimeOffset at) =>
        db.Audit.Add(new FigureAudit
        {
            Year = year, Kpi = w.Kpi, Division = w.Division, Month = w.Month, Action = action,
            OldValue = old, NewValue = value, Note = w.Note, By = by, At = at,
        });

    private void AuditOverride(int year, FigureWrite w, string by, DateTimeOffset at, string reason) =>
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = AuditEventKind.ClosedMonthOverride, By = by, At = at, Year = year, Division = w.Division, Month = w.Month,
            Subject = w.Kpi, Detail = reason.Trim(),
        });

    private async Task<Dictionary<(string, string, int), FigureRecord>> LoadAsync(int year, IReadOnlyList<FigureWrite> writes, CancellationToken ct)
    {
        var kpis = writes.Select(w => w.Kpi).Distinct().ToList();
        var divisions = writes.Select(w => w.Division).Distinct().ToList();
        var wanted = writes.Select(w => (w.Kpi, w.Division, w.Month)).ToHashSet();
        var rows = await db.Figures.Where(f => f.Year == year && kpis.Contains(f.Kpi) && divisions.Contains(f.Division)).ToListAsync(ct);
        return rows.Where(f => wanted.Contains((f.Kpi, f.Division, f.Month))).ToDictionary(f => (f.Kpi, f.Division, f.Month));
    }
}
