using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Reporting;

namespace Portal.Reporting.Closures;

/// <summary>
/// The closed months of a plan year. Closing a month is submitting it (<see cref="SubmissionService"/>); the
/// closures API keeps its behaviour: it closes without asking for a reason when figures are missing (the gaps are
/// recorded) and reopens by withdrawing the submission. Writes to a closed month are refused by <see cref="WriteGuard"/>.
/// </summary>
public sealed class ClosureService(IDbContextFactory<PortalDbContext> contexts, SubmissionService submissions)
{
    /// <summary>The closed months of a plan year, by division then month (for dashboards and the grid).</summary>
    public async Task<List<MonthClose>> ClosedAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MonthClosures.AsNoTracking().Where(c => c.Year == year).OrderBy(c => c.Division).ThenBy(c => c.Month).ToListAsync(ct);
    }

    /// <summary>The closure of one division's month, or null while it is open.</summary>
    public async Task<MonthClose?> ClosureAsync(int year, string division, int month, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MonthClosures.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);
    }

    public Task<PeriodOutcome> CloseAsync(ClaimsPrincipal user, int year, string division, int month, CancellationToken ct = default) =>
        submissions.SubmitAsync(user, year, division, month, reason: null, reasonRequired: false, ct);

    public Task<PeriodOutcome> ReopenAsync(ClaimsPrincipal user, int year, string division, int month, CancellationToken ct = default) =>
        submissions.WithdrawAsync(user, year, division, month, ct);
}
