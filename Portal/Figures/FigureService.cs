using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Figures;
using Portal.Figures.Sql;
using Portal.Live;
using Portal.Plans;

namespace Portal.Figures;

/// <summary>
/// The one write path for figures, used by the entry grid, the API and the CSV import. Each save is checked on its
/// own: the writer's rights as they are now (<see cref="ActingUsers"/>) and closed months (<see cref="WriteGuard"/>), the
/// plan's rules, and stale versions cell by cell. Figures and their audit records are written in one transaction,
/// then the live store is updated. Saves that arrive while another is being written wait in the
/// <see cref="SaveQueue"/> and are committed together by whoever gets the <see cref="WriteGate"/> next (group commit,
/// ADR 010); the SQL is a handful of statements whatever the number of writes (ADR 009). A batch that loses the
/// database before its COMMIT is sent is retried at once (a restarted server leaves dead connections in the pool);
/// one that loses it during the COMMIT fails with its outcome unknown, and the store is reloaded (ADR 019).
/// </summary>
public sealed class FigureService(IDbContextFactory<PortalDbContext> contexts, PlanStore store, TimeProvider clock, WriteGuard guard, ActingUsers acting,
    WriteGate gate, SaveQueue queue, ResyncRequests resync, ILogger<FigureService> log)
{
    /// <summary>Tries of a batch whose connection failed before anything could be committed.</summary>
    private const int WriteAttempts = 3;

    /// <param name="user">Who saves: checked as they are now, and named in the audit trail.</param>
    public Task<SaveOutcome> SaveAsync(PlanState plan, IReadOnlyList<FigureWrite> writes, ClaimsPrincipal user, CancellationToken ct = default) =>
        SaveAsync(plan, writes, user, overrideReason: null, ct);

    /// <param name="overrideReason">An admin's reason for changing a closed month; audited with each change.</param>
    public async Task<SaveOutcome> SaveAsync(PlanState plan, IReadOnlyList<FigureWrite> writes, ClaimsPrincipal user, string? overrideReason, CancellationToken ct = default)
    {
        var now = await acting.NowAsync(user, ct);
        var save = new QueuedSave(plan, writes, Writer.NameOf(user), overrideReason, now);
        queue.Add(save);
        try
        {
            var entering = gate.EnterAsync(ct);
            // Usually an earlier caller's batch takes this save along: then there is no need to wait for the gate.
            if (await Task.WhenAny(save.Outcome, entering) == save.Outcome)
            {
                _ = LeaveOnceEnteredAsync(entering);
                return await save.Outcome;
            }
            using (await entering)
                if (!save.Outcome.IsCompleted) await CommitAsync(queue.TakeAll());
        }
        catch (OperationCanceledException) when (queue.TryRemove(save))
        {
            throw; // given up before any batch took it: nothing of it is written
        }
        catch (OperationCanceledException)
        {
            // Too late to give up: a batch holds this save, and its outcome follows.
        }
        return await save.Outcome;
    }

    private static async Task LeaveOnceEnteredAsync(Task<WriteGate.Entered> entering)
    {
        try
        {
            (await entering).Dispose();
        }
        catch (OperationCanceledException)
        {
            // The caller gave up waiting for the gate after its save was committed anyway.
        }
    }

    /// <summary>
    /// Commits a batch of other people's saves too, so it never stops for one caller's cancellation; if the
    /// transaction fails, every save in it fails and nothing is written. Once committed, every save gets its outcome,
    /// whatever happens to the live store.
    /// </summary>
    private async Task CommitAsync(List<QueuedSave> saves)
    {
        SaveOutcome[] outcomes;
        List<(int Year, List<FigureChange> Changes)> committed;
        for (var attempt = 1; ; attempt++)
        {
            var commit = new CommitStage();
            try
            {
                // A fresh context per try: nothing tracked by a failed one is written by the next.
                await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
                (outcomes, committed) = await WriteAsync(db, saves, commit);
                break;
            }
            catch (Exception e)
            {
                var outage = DatabaseOutage.Is(e);
                if (outage && !commit.Sent && attempt < WriteAttempts)
                {
                    // Nothing was committed: no COMMIT went out. The pool has dropped the dead connection; try a fresh one.
                    log.LogWarning(e, "Lost the database before committing {Count} saves (try {Attempt} of {Attempts})", saves.Count, attempt, WriteAttempts);
                    continue;
                }
                if (outage && commit.Sent)
                {
                    log.LogWarning(e, "Lost the database while committing {Count} saves: they may be stored; the live store is reloaded", saves.Count);
                    resync.Request();
                }
                foreach (var save in saves) save.Fail(e);
                return;
            }
        }
        // The live store first, still inside the gate (so it sees batches in commit order), and before any caller
        // returns: a page that reloads after its save must find the save in the dashboard.
        foreach (var (year, changes) in committed)
        {
            try
            {
                if (changes.Count > 0) store.Apply(year, changes);
            }
            catch (Exception e)
            {
                // The figures are in the database; only this server's pages lag until it restarts. A bug, never bad input.
                log.LogError(e, "{Count} committed changes to {Year} could not be applied to the live store", changes.Count, year);
            }
        }
        for (var i = 0; i < saves.Count; i++) saves[i].Complete(outcomes[i]);
    }

    /// <summary>Whether the COMMIT of a batch was sent: from then on a lost connection leaves its outcome unknown.</summary>
    private sealed class CommitStage
    {
        public bool Sent { get; set; }
    }

    private async Task<(SaveOutcome[] Outcomes, List<(int Year, List<FigureChange> Changes)> Committed)> WriteAsync(PortalDbContext db, List<QueuedSave> saves, CommitStage commit)
    {
        var outcomes = new SaveOutcome[saves.Count];
        var at = clock.GetUtcNow();
        // SQLite begins with BEGIN IMMEDIATE and PostgreSQL takes the writers' advisory lock with the first read
        // (FigureRows.LoadAsync, which reads the cells' closed months and figures in the same round trip): the
        // figures read below cannot change before we commit. Those of saves then refused are read too, and unused.
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var (connection, transaction) = (db.Database.GetDbConnection(), tx.GetDbTransaction());
        var committed = new List<(int Year, List<FigureChange> Changes)>();
        foreach (var plan in saves.Select(s => s.Plan).Distinct())
        {
            var year = plan.Plan.Year;
            // Saves whose writer may not write these divisions at all are refused before anything is read for them.
            var indices = new List<int>();
            for (var i = 0; i < saves.Count; i++)
            {
                if (saves[i].Plan != plan) continue;
                if (Forbidden(saves[i]) is { } forbidden) outcomes[i] = forbidden;
                else indices.Add(i);
            }
            var (closures, stored) = await FigureRows.LoadAsync(connection, transaction, plan.Library, year, [.. indices.SelectMany(i => saves[i].Writes)],
                lockWriters: committed.Count == 0);
            var accepted = new List<(int Index, WriteCheck Check)>();
            foreach (var i in indices)
            {
                var (refused, check) = Check(saves[i], closures);
                if (refused is not null) outcomes[i] = refused;
                else accepted.Add((i, check));
            }
            var staged = new List<StagedChange>();
            foreach (var (index, check) in accepted)
            {
                var save = saves[index];
                var batch = FigureBatch.Stage(year, save.Writes, stored, save.By, at);
                staged.AddRange(batch.Staged);
                AuditOverrides(db, check.Overrides, batch.Staged, save.By, at, save.OverrideReason);
                outcomes[index] = new SaveOutcome(batch.Saved, [], batch.Conflicts) { Changed = batch.Staged.Count };
            }
            await FigureStatements.WriteAsync(connection, transaction, plan.Library, year, at, staged, stored);
            committed.Add((year, staged.ConvertAll(s => s.Change)));
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(CancellationToken.None);
        commit.Sent = true;
        await tx.CommitAsync(CancellationToken.None);
        return (outcomes, committed);
    }

    /// <summary>The refusal of a save whose writer may not write one of its divisions at all, else null.</summary>
    private SaveOutcome? Forbidden(QueuedSave save)
    {
        var check = guard.Check(save.User, save.Plan.Plan.Year, save.Writes.Select(w => (w.Division, w.Month)), closures: [], save.OverrideReason);
        return check.IsAllowed ? null : SaveOutcome.Refused(check.Refusals);
    }

    /// <summary>One save's refusal or validation errors (Refused), else null and the check with its closed-month overrides.</summary>
    private (SaveOutcome? Refused, WriteCheck Check) Check(QueuedSave save, IReadOnlyList<MonthClose> closures)
    {
        var check = guard.Check(save.User, save.Plan.Plan.Year, save.Writes.Select(w => (w.Division, w.Month)), closures, save.OverrideReason);
        if (!check.IsAllowed) return (SaveOutcome.Refused(check.Refusals), check);
        var errors = FigureRules.Check(save.Plan.Plan, save.Writes.Select(w => w.Input).ToList());
        return (errors.Count > 0 ? SaveOutcome.Invalid(errors) : null, check);
    }

    /// <summary>Stages an audit event with the admin's reason for each change to a closed month.</summary>
    private static void AuditOverrides(PortalDbContext db, IReadOnlyList<MonthClose> overrides, List<StagedChange> staged, string by, DateTimeOffset at, string? reason)
    {
        if (overrides.Count == 0) return;
        var closed = overrides.Select(c => (c.Division, c.Month)).ToHashSet();
        db.AuditEvents.AddRange(staged.Where(s => closed.Contains((s.Write.Division, s.Write.Month))).Select(s => new AuditEvent
        {
            Kind = AuditEventKind.ClosedMonthOverride, By = by, At = at, Year = s.Change.Year, Division = s.Write.Division,
            Month = s.Write.Month, Subject = s.Write.Kpi, Detail = reason!.Trim(),
        }));
    }
}
