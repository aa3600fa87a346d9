using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Progress;
using Portal.Live;
using Portal.Plans;

namespace Portal.PlanItems;

/// <summary>
/// The one write path for task progress: validates against the plan, checks the writer (as they are now) against the
/// owner division, refuses a stale version, writes the progress and its audit record in one transaction, then updates
/// the live store. The owner division is not progress: moving a task is an admin's plan edit (PlanEditor, MoveItem).
/// </summary>
public sealed class ItemService(IDbContextFactory<PortalDbContext> contexts, PlanStore store, ItemEditPolicy policy, ActingUsers acting, TimeProvider clock)
{
    public async Task<ItemSaveOutcome> SaveAsync(PlanState plan, ItemWrite write, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (plan.Plan.Item(write.ItemCode) is not { } item)
            return ItemSaveOutcome.Invalid("item", ItemMessages.Text.Format("Item.Unknown", write.ItemCode));
        ItemProgress progress;
        try
        {
            progress = new ItemProgress(item.Code, write.Status, write.Percent, write.Note);
        }
        catch (DomainException e)
        {
            return ItemSaveOutcome.Invalid(e.Field ?? "status", e.Message);
        }

        var year = plan.Plan.Year;
        var by = Writer.NameOf(user);
        user = await acting.NowAsync(user, ct);
        var at = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var record = await db.ItemProgress.FirstOrDefaultAsync(i => i.Year == year && i.ItemCode == item.Code, ct);
        var before = record is null ? TrackedItem.Unreported(item) : ItemRecords.ToTracked(record);
        if (!policy.CanEdit(user, before)) return ItemSaveOutcome.Refused(policy.Refusal(user, plan.Plan, before));
        if (write.Owner is { } asked && asked.Trim() != before.Owner) return ItemSaveOutcome.Refused(ItemEditPolicy.MoveRefusal);
        if (write.ExpectedVersion != before.Version) return ItemSaveOutcome.Stale(before);
        var owner = before.Owner;
        if (progress == before.Progress) return new ItemSaveOutcome(before, [], null);

        if (record is null)
        {
            record = new ItemProgressRecord { Year = year, ItemCode = item.Code, Owner = owner, UpdatedBy = by };
            db.ItemProgress.Add(record);
        }
        db.ItemAudit.Add(new ItemAudit
        {
            Year = year, ItemCode = item.Code,
            OldStatus = before.Version == 0 ? null : before.Progress.Status, NewStatus = progress.Status,
            OldPercent = before.Version == 0 ? null : before.Progress.Percent, NewPercent = progress.Percent,
            OldOwner = before.Version == 0 ? null : before.Owner, NewOwner = owner,
            Note = progress.Note, By = by, At = at,
        });
        ItemRecords.Update(record, progress, owner, by, at);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another writer got in between our read and our write: nothing of ours is kept; report the item as it is now.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var now = await db.ItemProgress.AsNoTracking().FirstOrDefaultAsync(i => i.Year == year && i.ItemCode == item.Code, ct);
            return ItemSaveOutcome.Stale(now is null ? TrackedItem.Unreported(item) : ItemRecords.ToTracked(now));
        }
        var saved = ItemRecords.ToTracked(record);
        store.ApplyItems(year, [new ItemChange(year, saved, before)]);
        return new ItemSaveOutcome(saved, [], null);
    }
}
