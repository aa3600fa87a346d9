using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Figures.Sql;
using Portal.Plans;

namespace Portal.Figures;

/// <summary>
/// The one write path for figures, used by the entry grid, the API and the CSV import: checks the writer's rights
/// and closed months (<see cref="WriteGuard"/>, for the <see cref="CurrentUser"/>), validates against the plan,
/// refuses stale versions cell by cell, writes figures and their audit records in one transaction, then updates
/// the live store. The SQL is a handful of statements whatever the number of writes (ADR 009). With a
/// <see cref="WriteGate"/> (registered on the server) saves queue in memory rather than on SQLite's lock.
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
        // SQLite begins with BEGIN IMMEDIATE: the figures read below cannot change before we commit.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var check = await guard.CheckAsync(user, year, writes.Select(w => (w.Division, w.Month)), overrideReason, ct);
        if (!check.IsAllowed) return SaveOutcome.Refused(check.Refusals);
        var errors = FigureValidator.Validate(plan.Plan, writes);
        if (errors.Count > 0) return SaveOutcome.Invalid(errors);

        var at = clock.GetUtcNow();
        var (connection, transaction) = (db.Database.GetDbConnection(), tx.GetDbTransaction());
        var batch = FigureBatch.Stage(year, writes, FigureRows.Load(connection, transaction, year, writes), by, at);
        FigureStatements.Write(connection, transaction, year, by, at, batch.Staged);
        if (check.Overrides.Count > 0 && AuditOverrides(check.Overrides, batch.Staged, by, at, overrideReason!)) await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (batch.Staged.Count > 0) store.Apply(year, batch.Changes);
        return new SaveOutcome(batch.Saved, [], batch.Conflicts) { Changed = batch.Staged.Count };
    }

    /// <summary>Stages an audit event with the admin's reason for each change to a closed month.</summary>
    private bool AuditOverrides(IReadOnlyList<MonthClose> overrides, List<StagedChange> staged, string by, DateTimeOffset at, string reason)
    {
        var closed = overrides.Select(c => (c.Division, c.Month)).ToHashSet();
        var events = staged.Where(s => closed.Contains((s.Write.Division, s.Write.Month))).Select(s => new AuditEvent
        {
            Kind = AuditEventKind.ClosedMonthOverride, By = by, At = at, Year = s.Change.Year, Division = s.Write.Division,
            Month = s.Write.Month, Subject = s.Write.Kpi, Detail = reason.Trim(),
        }).ToList();
        db.AuditEvents.AddRange(events);
        return events.Count > 0;
    }
}
