using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Configurations;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Localization;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Shared;

namespace Portal.Plans.Editing;

/// <summary>
/// The one write path for changes to a published plan (ADR 014). An edit needs an admin and a reason, is made against
/// the version the admin saw (a stale one is refused, naming who changed what), never touches figures, and is refused
/// when it would leave figures without their KPI or division. The revised plan, its version and the audit record are
/// written in one transaction inside the <see cref="WriteGate"/> (so no figure save slips in between the check and the
/// commit), then the live store swaps the plan, which reaches pages, walls and the other instances.
/// </summary>
public sealed class PlanEditor(IDbContextFactory<PortalDbContext> contexts, PlanStore store, LibraryTree tree, WriteGate gate, TimeProvider clock, ActingUsers acting, ILogger<PlanEditor> log)
{
    /// <summary>An admin's edit (checked as the user is now), recorded under their name with the reason.</summary>
    public async Task<PlanEditOutcome> ApplyAsync(int year, PlanEdit edit, int expectedVersion, string? reason, ClaimsPrincipal user, CancellationToken ct = default) =>
        Refusals.NotAdmin(await acting.NowAsync(user, ct), PlanMessages.Text["Edit.What"]) is { } refused
            ? PlanEditOutcome.Refused(refused)
            : await ApplyAsync(year, edit, expectedVersion, reason, Writer.NameOf(user), ct);

    /// <summary>The plan year's edit history, newest first (the edit page shows the latest 200).</summary>
    public async Task<List<PlanAudit>> HistoryAsync(int year, int count, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PlanAudit.AsNoTracking().Where(a => a.Year == year).OrderByDescending(a => a.Id).Take(count).ToListAsync(ct);
    }

    private async Task<PlanEditOutcome> ApplyAsync(int year, PlanEdit edit, int expectedVersion, string? reason, string by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return PlanEditOutcome.Refused(PlanMessages.Text["Edit.ReasonNeeded"]);
        if (reason.Trim().Length > PlanAuditConfiguration.ReasonLength)
            return PlanEditOutcome.Refused(PlanMessages.Text.Format("Edit.ReasonTooLong", PlanAuditConfiguration.ReasonLength));
        using var entered = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var doc = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (doc is null) return PlanEditOutcome.Refused(PlanMessages.NoPlan(year));
        if (doc.Version != expectedVersion) return await StaleAsync(db, doc, expectedVersion, ct);
        var before = PlanFile.Parse(doc.Json);
        Plan after;
        try
        {
            after = edit.Apply(before);
            RequireKnownLibraries(after);
            await RequireFiguresFitAsync(db, year, after, ct);
        }
        catch (DomainException e)
        {
            return PlanEditOutcome.Refused(e.Message);
        }
        var (old, now) = edit.Describe(before, after);
        var (json, version, at) = (PlanFile.Serialize(after), doc.Version + 1, clock.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var updated = await db.Plans.Where(p => p.Year == year && p.Version == expectedVersion).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.Json, json).SetProperty(p => p.Title, after.Title).SetProperty(p => p.Version, version)
            .SetProperty(p => p.UpdatedAt, at).SetProperty(p => p.UpdatedBy, by), ct);
        if (updated == 0) return await StaleAsync(db, doc, expectedVersion, ct);
        db.PlanAudit.Add(new PlanAudit
        {
            Year = year, Version = version, Action = edit.Action, Subject = edit.Subject, OldValue = Clip(old), NewValue = Clip(now),
            Reason = reason.Trim(), By = by, At = at,
        });
        var moved = await MoveProgressAsync(db, year, edit, reason.Trim(), by, at, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        store.Adopt(after, new PlanRevision(version, json), ChangeOrigin.ThisInstance);
        if (moved is not null) store.ApplyItems(year, [moved]);
        log.LogInformation("{By} changed the {Year} plan to version {Version}: {Action} {Subject}", by, year, version, edit.Action, edit.Subject);
        return new PlanEditOutcome(version, null);
    }

    /// <summary>Every stored figure must keep its KPI and division: removing one that has figures is refused (retire it instead).</summary>
    private static async Task RequireFiguresFitAsync(PortalDbContext db, int year, Plan after, CancellationToken ct)
    {
        var used = await db.Figures.AsNoTracking().Where(f => f.Year == year)
            .GroupBy(f => new { f.Kpi, f.Division }).Select(g => new { g.Key.Kpi, g.Key.Division, Count = g.Count() }).ToListAsync(ct);
        // A contribution to a joint target above is not in the stored plan: it is joined to it when loaded (ADR 043).
        var kpi = used.Where(u => !after.HasKpi(u.Kpi) && !u.Kpi.StartsWith(JointContribution.Prefix, StringComparison.Ordinal))
            .GroupBy(u => u.Kpi).FirstOrDefault();
        if (kpi is not null)
            throw new DomainException(PlanMessages.Text.Format("Edit.KpiHasFigures", kpi.Key, kpi.Sum(u => u.Count)), "kpi");
        var division = used.Where(u => !after.HasDivision(u.Division)).GroupBy(u => u.Division).FirstOrDefault();
        if (division is not null)
            throw new DomainException(PlanMessages.Text.Format("Edit.DivisionHasFigures", division.Key, division.Sum(u => u.Count)), "division");
    }

    /// <summary>A joint target's list names libraries below this one (ADR 043).</summary>
    private void RequireKnownLibraries(Plan after)
    {
        var below = tree.Below(store.Library).Select(n => n.Code).ToHashSet();
        foreach (var kpi in after.Kpis.Where(k => k.Joint is { Reach: JointReach.Listed }))
            if (kpi.Joint!.Libraries.FirstOrDefault(c => !below.Contains(c)) is { } unknown)
                throw new DomainException(PlanMessages.Text.Format("Edit.JointUnknownLibrary", kpi.Code, unknown,
                    below.Count == 0 ? PlanMessages.Text["Edit.JointNoneBelow"] : string.Join("、", below.Order())), "joint");
    }

    /// <summary>A moved item that has reported progress keeps it under its new owner (the progress record says who owns it).</summary>
    private static async Task<ItemChange?> MoveProgressAsync(PortalDbContext db, int year, PlanEdit edit, string reason, string by, DateTimeOffset at, CancellationToken ct)
    {
        if (edit.MovesItem is not { } move) return null;
        var record = await db.ItemProgress.FirstOrDefaultAsync(i => i.Year == year && i.ItemCode == move.Item, ct);
        if (record is null || record.Owner == move.Division) return null;
        var before = ItemRecords.ToTracked(record);
        db.ItemAudit.Add(new ItemAudit
        {
            Year = year, ItemCode = move.Item, OldStatus = record.Status, NewStatus = record.Status, OldPercent = record.Percent,
            NewPercent = record.Percent, OldOwner = record.Owner, NewOwner = move.Division, Note = PlanMessages.Text.Format(TextResource.Chinese, "Audit.ProgressNote", reason), By = by, At = at,
        });
        ItemRecords.Update(record, before.Progress, move.Division, by, at);
        return new ItemChange(year, ItemRecords.ToTracked(record), before);
    }

    private static async Task<PlanEditOutcome> StaleAsync(PortalDbContext db, PlanDocument doc, int expected, CancellationToken ct)
    {
        var last = await db.PlanAudit.AsNoTracking().Where(a => a.Year == doc.Year).OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        var what = last is null ? "" : PlanMessages.Text.Format("Stale.What", PlanAuditText.Describe(last));
        return new PlanEditOutcome(0,
            PlanMessages.Text.Format("Stale.Message", last?.By ?? doc.UpdatedBy ?? PlanMessages.Text["Stale.Someone"], Times.Local(last?.At ?? doc.UpdatedAt), doc.Version, expected, what), Stale: true);
    }

    private static string? Clip(string? s) => s is { Length: > 2000 } ? s[..1999] + "…" : s;
}
