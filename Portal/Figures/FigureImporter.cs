using Portal.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Figures.Bulk;
using Portal.Figures.Csv;
using Portal.Plans;

namespace Portal.Figures;

/// <summary>
/// The bulk write path for CSV imports. Same rules as <see cref="FigureService"/> (validation, an audit record per
/// created or changed figure, unchanged rows skipped, the live store updated after commit), but one transaction of
/// prepared upserts instead of EF change tracking, which would spend minutes on a province-wide file.
/// All or nothing: one bad row and nothing is written. No version checks: an import is an explicit overwrite.
/// </summary>
public sealed class FigureImporter(PortalDbContext db, PlanStore store, TimeProvider clock, WriteGate gate, WriteGuard guard, CurrentUser currentUser)
{
    public async Task<ImportOutcome> ImportAsync(PlanState plan, ReadOnlyMemory<byte> file, string by, CancellationToken ct = default)
    {
        var parsed = FigureCsvReader.Read(file);
        var invalid = FigureValidator.Validate(plan.Plan, parsed.Writes).Select(e => new ImportError(parsed.Lines[e.Index], e.Message));
        var errors = parsed.Errors.Concat(invalid).OrderBy(e => e.Line).ToList();
        if (errors.Count > 0) return ImportOutcome.Invalid(errors);

        var year = plan.Plan.Year;
        using var entered = await gate.EnterAsync(ct);
        // The same guard as FigureService: the writer's divisions and closed months, for every cell of the file.
        var check = await guard.CheckAsync(await currentUser.GetAsync(), year, parsed.Writes.Select(w => (w.Division, w.Month)).Distinct(), ct: ct);
        if (!check.IsAllowed) return ImportOutcome.Refused(check.Refusals);
        var changes = await WriteAsync(year, parsed.Writes, by, clock.GetUtcNow(), ct);
        if (changes.Count > 0) store.Apply(year, changes);
        return new ImportOutcome(parsed.Writes.Count, changes.Count, []);
    }

    private async Task<List<FigureChange>> WriteAsync(int year, List<FigureWrite> writes, string by, DateTimeOffset at, CancellationToken ct)
    {
        // SQLite begins with BEGIN IMMEDIATE: the figures read below cannot change before we commit.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var existing = await FigureRows.LoadAsync(connection, tx.GetDbTransaction(), year, ct);
        using var commands = new FigureUpsertCommands(connection, tx.GetDbTransaction(), year, by, at);
        var changes = new List<FigureChange>();
        foreach (var w in writes)
        {
            var value = w.Value!.Value;
            var found = existing.TryGetValue((w.Kpi, w.Division, w.Month), out var current);
            if (found && current.Value == value && current.Note == w.Note) continue;
            commands.Add(w, value, found ? AuditAction.Update : AuditAction.Create, found ? current.Value : null);
            changes.Add(new FigureChange(year, w.Kpi, w.Division, w.Month, value, found ? current.Value : null, by, at));
            ct.ThrowIfCancellationRequested();
        }
        commands.Flush();
        await tx.CommitAsync(ct);
        return changes;
    }
}
