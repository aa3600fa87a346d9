using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Reporting.Chain;

namespace Portal.Reporting.Board;

/// <summary>
/// Builds the reporting board: every division the reader may see × every KPI it carries, for one month, from the
/// stored figures (with who entered them), the closures and the audit trail of submission steps, and whether a library
/// above holds the month (then nothing inside reopens it, ADR 042).
/// </summary>
public sealed class ReportingBoard(IDbContextFactory<PortalDbContext> contexts, DeadlineStore deadlines, TimeProvider clock, PlanStore store,
    ReviewChainService chain)
{
    /// <summary>Team leads and above open the board; team leads see their own divisions, the director and admins all.</summary>
    public static bool MayOpen(ClaimsPrincipal user) =>
        SubmissionService.MayReview(user) || (user.IsSignedIn() && !user.IsKiosk() && user.IsInRole(PortalRoles.TeamLead));

    /// <summary>The divisions that owe figures in <paramref name="month"/> and that the reader may see.</summary>
    public static IReadOnlyList<Division> Visible(ClaimsPrincipal user, Plan plan, int month)
    {
        var carrying = plan.Divisions.Where(d => ReportingGaps.Carried(plan, d.Code, month).Count > 0);
        if (SubmissionService.MayReview(user)) return carrying.ToList();
        if (!MayOpen(user)) return [];
        var own = user.Divisions().ToHashSet();
        return carrying.Where(d => own.Contains(d.Code)).ToList();
    }

    public async Task<BoardView> BuildAsync(ClaimsPrincipal user, Plan plan, int month, CancellationToken ct = default)
    {
        var schedule = await deadlines.ScheduleAsync(plan.Year, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var divisions = Visible(user, plan, month);
        var codes = divisions.Select(d => d.Code).ToList();
        var figures = (await db.Figures.AsNoTracking().Where(f => f.Year == plan.Year && f.Month == month && codes.Contains(f.Division)).ToListAsync(ct))
            .ToDictionary(f => (f.Kpi, f.Division));
        var closures = (await db.MonthClosures.AsNoTracking().Where(c => c.Year == plan.Year && c.Month == month).ToListAsync(ct))
            .ToDictionary(c => c.Division);
        var steps = (await db.AuditEvents.AsNoTracking()
                .Where(e => e.Year == plan.Year && e.Month == month && e.Division != null && codes.Contains(e.Division) && SubmissionService.Steps.Contains(e.Kind))
                .OrderByDescending(e => e.Id).ToListAsync(ct))
            .ToLookup(e => e.Division!);
        var mayReview = SubmissionService.MayReview(user);
        var boards = divisions.Select(d =>
        {
            var cells = ReportingGaps.Carried(plan, d.Code, month).Select(k =>
            {
                var f = figures.GetValueOrDefault((k.Code, d.Code));
                return new BoardCell(k, ReportStatuses.Of(f is not null, schedule, month, now), f?.Value, f?.UpdatedBy, f?.UpdatedAt);
            }).ToList();
            var closure = closures.GetValueOrDefault(d.Code);
            var state = SubmissionService.StateOf(closure, steps[d.Code].FirstOrDefault()?.Kind);
            return new DivisionBoard(d, state, closure, cells, steps[d.Code].ToList(), user.CanCloseDivision(d.Code), mayReview);
        }).ToList();
        return new BoardView(plan.Year, month, schedule.Deadline(month), schedule.IsOverdue(month, now), boards)
        {
            HeldAbove = await chain.HeldAboveAsync(store.Library, plan.Year, month, ct),
        };
    }
}
