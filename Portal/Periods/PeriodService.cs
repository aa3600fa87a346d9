using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Plans;

namespace Portal.Periods;

/// <summary>
/// Closing and reopening a division's month (the team lead of that division, or an admin), each audited. Writes
/// to a closed month are refused by <see cref="WriteGuard"/>; this service only keeps the list.
/// </summary>
public sealed class PeriodService(PortalDbContext db, PlanStore store, TimeProvider clock)
{
    /// <summary>The closed months of a plan year, by division then month (for dashboards and the grid).</summary>
    public Task<List<MonthClose>> ClosedAsync(int year, CancellationToken ct = default) =>
        db.MonthClosures.AsNoTracking().Where(c => c.Year == year).OrderBy(c => c.Division).ThenBy(c => c.Month).ToListAsync(ct);

    public Task<bool> IsClosedAsync(int year, string division, int month, CancellationToken ct = default) =>
        db.MonthClosures.AnyAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);

    public async Task<PeriodOutcome> CloseAsync(ClaimsPrincipal user, int year, string division, int month, CancellationToken ct = default)
    {
        if (Refuse(user, year, division, month) is { } refused) return refused;
        var existing = await db.MonthClosures.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);
        if (existing is not null) return new(PeriodStatus.AlreadyClosed, existing);
        var by = Writer.NameOf(user);
        var closure = new MonthClose { Year = year, Division = division, Month = month, ClosedBy = by, ClosedAt = clock.GetUtcNow() };
        db.MonthClosures.Add(closure);
        Audit(AuditEventKind.MonthClosed, closure, by);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Closed by someone else a moment ago: the month is closed, which is what was asked.
            db.ChangeTracker.Clear();
            return new(PeriodStatus.AlreadyClosed, await db.MonthClosures.AsNoTracking().FirstAsync(c => c.Year == year && c.Division == division && c.Month == month, ct));
        }
        return new(PeriodStatus.Closed, closure);
    }

    public async Task<PeriodOutcome> ReopenAsync(ClaimsPrincipal user, int year, string division, int month, CancellationToken ct = default)
    {
        if (Refuse(user, year, division, month) is { } refused) return refused;
        var closure = await db.MonthClosures.FirstOrDefaultAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);
        if (closure is null) return new(PeriodStatus.NotClosed, Message: $"{year} 年 {month} 月尚未关账，无需重新开放。");
        db.MonthClosures.Remove(closure);
        Audit(AuditEventKind.MonthReopened, closure, Writer.NameOf(user));
        await db.SaveChangesAsync(ct);
        return new(PeriodStatus.Reopened, closure);
    }

    private PeriodOutcome? Refuse(ClaimsPrincipal user, int year, string division, int month)
    {
        if (store.Find(year) is not { } plan) return new(PeriodStatus.NotFound, Message: $"没有 {year} 年的工作计划。");
        if (!plan.Plan.HasDivision(division)) return new(PeriodStatus.NotFound, Message: $"未知的部门代码“{division}”。");
        if (!user.CanCloseDivision(division))
            return new(PeriodStatus.Forbidden, Message: $"只有{plan.Plan.Division(division).Name}的部门负责人或管理员可以关账或重新开放月份。");
        if (month is < 1 or > 12) return new(PeriodStatus.Invalid, Message: $"月份必须在 1 到 12 之间，收到的是 {month}。");
        return null;
    }

    private void Audit(AuditEventKind kind, MonthClose c, string by) => db.AuditEvents.Add(new AuditEvent
    {
        Kind = kind, By = by, At = clock.GetUtcNow(), Year = c.Year, Division = c.Division, Month = c.Month,
    });
}
