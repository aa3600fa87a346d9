using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Addresses;
using Portal.Data.Entities;
using Portal.Data;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting.Reminders;

namespace Portal.Reporting.Notices;

/// <summary>
/// The in-portal notices of a user: for each of their divisions, the months a reminder went out for that still
/// have gaps and are not submitted, and the months sent back that are not submitted again. Read from the reminder
/// claims and the audit trail, against the live figures, so a notice disappears as soon as the month is complete.
/// </summary>
public sealed class OwedNotices(IDbContextFactory<PortalDbContext> contexts, PlanStore store, DeadlineStore deadlines, TimeProvider clock)
{
    public async Task<IReadOnlyList<OwedItem>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsSignedIn() || user.IsKiosk()) return [];
        var divisions = user.Divisions().Where(user.CanWriteDivision).ToList();
        if (divisions.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reminded = await db.ReminderClaims.AsNoTracking().Where(c => divisions.Contains(c.Division))
            .Select(c => new { c.Year, c.Division, c.Month }).Distinct().ToListAsync(ct);
        var steps = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Division != null && divisions.Contains(e.Division) && SubmissionService.Steps.Contains(e.Kind))
            .OrderBy(e => e.Id).ToListAsync(ct);
        var lastStep = steps.GroupBy(e => (Year: e.Year!.Value, Division: e.Division!, Month: e.Month!.Value)).ToDictionary(g => g.Key, g => g.Last());
        var closed = (await db.MonthClosures.AsNoTracking().Where(c => divisions.Contains(c.Division)).Select(c => new { c.Year, c.Division, c.Month }).ToListAsync(ct))
            .Select(c => (c.Year, c.Division, c.Month)).ToHashSet();

        var cells = reminded.Select(r => (Year: r.Year, Division: r.Division, Month: r.Month))
            .Concat(lastStep.Where(s => s.Value.Kind == AuditEventKind.MonthReturned).Select(s => s.Key))
            .Distinct().Where(c => !closed.Contains(c)).ToList();
        var now = clock.GetUtcNow();
        var owed = new List<OwedItem>();
        var defaultYear = store.Plans.FirstOrDefault()?.Plan.Year;
        var root = await AppPaths.BaseOfAsync(db, ct); // the bell's link stays in the library's portal
        foreach (var year in cells.Select(c => c.Year).Distinct())
        {
            if (store.Find(year) is not { } state) continue;
            var schedule = await deadlines.ScheduleAsync(year, ct);
            foreach (var (_, division, month) in cells.Where(c => c.Year == year && state.Plan.HasDivision(c.Division)))
            {
                var missing = state.Read(l => ReportingGaps.MissingIn(l, division, month)).Count;
                var returned = lastStep.TryGetValue((year, division, month), out var step) && step.Kind == AuditEventKind.MonthReturned ? step : null;
                if (missing == 0 && returned is null) continue;
                owed.Add(new OwedItem(year, division, state.Plan.Division(division).Name, month, missing, returned is not null, returned?.Detail,
                    schedule.Deadline(month), schedule.IsOverdue(month, now), ReminderText.EntryLink(root, year, division, month, defaultYear)));
            }
        }
        return owed.OrderBy(o => o.Deadline).ThenBy(o => o.Division).ToList();
    }
}
