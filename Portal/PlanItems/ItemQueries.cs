using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.PlanItems;

/// <summary>Reads the audit trail of task progress.</summary>
public sealed class ItemQueries(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>Newest first; with an item code, the full history of that task.</summary>
    public async Task<List<ItemAudit>> AuditAsync(int year, string? itemCode = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ItemAudit.AsNoTracking()
            .Where(a => a.Year == year)
            .Where(a => itemCode == null || a.ItemCode == itemCode)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
    }
}
