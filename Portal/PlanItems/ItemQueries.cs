using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.PlanItems;

/// <summary>Reads the audit trail of task progress.</summary>
public sealed class ItemQueries(PortalDbContext db)
{
    /// <summary>Newest first; with an item code, the full history of that task.</summary>
    public Task<List<ItemAudit>> AuditAsync(int year, string? itemCode = null, CancellationToken ct = default) =>
        db.ItemAudit.AsNoTracking()
            .Where(a => a.Year == year)
            .Where(a => itemCode == null || a.ItemCode == itemCode)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
}
