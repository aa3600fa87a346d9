using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Figures;

/// <summary>
/// Reads of stored figures and their audit trail, filtered as the API and the pages need. Each read has a context of
/// its own (ADR 031): a page may ask again while its first read runs, and a circuit lives for hours.
/// </summary>
public sealed class FigureQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<List<FigureRecord>> FiguresAsync(int year, string? kpi = null, string? division = null, int? month = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Figures.AsNoTracking()
            .Where(f => f.Year == year)
            .Where(f => kpi == null || f.Kpi == kpi)
            .Where(f => division == null || f.Division == division)
            .Where(f => month == null || f.Month == month)
            .OrderBy(f => f.Kpi).ThenBy(f => f.Division).ThenBy(f => f.Month)
            .ToListAsync(ct);
    }

    public async Task<FigureRecord?> FigureAsync(int year, string kpi, string division, int month, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Figures.AsNoTracking().FirstOrDefaultAsync(f => f.Year == year && f.Kpi == kpi && f.Division == division && f.Month == month, ct);
    }

    /// <summary>Newest first; with a month, the full history of one cell.</summary>
    public async Task<List<FigureAudit>> AuditAsync(int year, string? kpi = null, string? division = null, int? month = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Audit.AsNoTracking()
            .Where(a => a.Year == year)
            .Where(a => kpi == null || a.Kpi == kpi)
            .Where(a => division == null || a.Division == division)
            .Where(a => month == null || a.Month == month)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
    }
}
