using Portal.Live;
using Portal.Domain.Localization;
using Portal.Shared;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Plans;

namespace Portal.Accounts;

/// <summary>
/// THE check for every write of figures (and of anything else kept per division): who may write for which
/// division, and which months are closed. FigureService calls it inside its transaction, so the grid, the API and
/// the CSV import are all covered; a bulk path that bypasses FigureService must call <see cref="CheckAsync"/>
/// itself and write nothing when it refuses. See ADR 007.
/// </summary>
public sealed class WriteGuard(IDbContextFactory<PortalDbContext> contexts, PlanStore store)
{
    public const int ReasonLength = 500;

    /// <summary>
    /// Refusals for writing these (division, month) cells of a plan year. An admin may write to a closed month
    /// when giving <paramref name="overrideReason"/>; those months come back as <see cref="WriteCheck.Overrides"/>.
    /// </summary>
    public async Task<WriteCheck> CheckAsync(ClaimsPrincipal user, int year, IEnumerable<(string Division, int Month)> cells,
        string? overrideReason = null, CancellationToken ct = default)
    {
        var wanted = cells.ToList();
        var divisions = wanted.Select(c => c.Division).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closures = await db.MonthClosures.AsNoTracking().Where(c => c.Year == year && divisions.Contains(c.Division)).ToListAsync(ct);
        return Check(user, year, wanted, closures, overrideReason);
    }

    /// <summary>
    /// As <see cref="CheckAsync"/>, against closures read in the same transaction (at least those of the cells' months;
    /// <see cref="Portal.Figures.FigureService"/> reads them with the figures).
    /// </summary>
    public WriteCheck Check(ClaimsPrincipal user, int year, IEnumerable<(string Division, int Month)> cells,
        IReadOnlyList<MonthClose> closures, string? overrideReason = null)
    {
        var wanted = cells.ToHashSet();
        var divisions = wanted.Select(c => c.Division).Distinct().ToList();
        var forbidden = divisions.Select(d => CheckDivision(user, d, year)).OfType<WriteRefusal>().ToList();
        if (forbidden.Count > 0) return new(forbidden, []);
        var closed = closures.Where(c => wanted.Contains((c.Division, c.Month))).OrderBy(c => c.Division).ThenBy(c => c.Month).ToList();
        if (closed.Count == 0) return WriteCheck.Allowed;
        var reason = overrideReason?.Trim();
        if (user.IsAdmin() && reason is { Length: > 0 and <= ReasonLength }) return new([], closed);
        return new(closed.Select(c => new WriteRefusal(RefusalKind.MonthClosed, c.Division, c.Month, ClosedMessage(user, c, reason))).ToList(), []);
    }

    /// <summary>May this user write for this division at all (figures, tasks)? Null when yes, else why not.</summary>
    public WriteRefusal? CheckDivision(ClaimsPrincipal user, string division, int? year = null)
    {
        if (user.CanWriteDivision(division)) return null;
        string message;
        if (Acting.Refusals.CannotWrite(user) is { } cannot) message = cannot;
        else if (!user.IsInRole(PortalRoles.Staff) && !user.IsInRole(PortalRoles.TeamLead))
            message = AccountMessages.Text["Write.ReadOnly"];
        else if (user.Divisions() is { Count: > 0 } own)
            message = AccountMessages.Text.Format("Write.OtherDivision", ListText.Join(own.Select(d => NameOf(d, year))), NameOf(division, year));
        else message = AccountMessages.Text.Format("Write.NoDivision", NameOf(division, year));
        return new WriteRefusal(RefusalKind.Forbidden, division, null, message);
    }

    private string ClosedMessage(ClaimsPrincipal user, MonthClose c, string? reason)
    {
        var what = AccountMessages.Text.Format("Closed.What", NameOf(c.Division, c.Year), c.Year, c.Month, Times.Local(c.ClosedAt), c.ClosedBy);
        if (!user.IsAdmin()) return what + AccountMessages.Text["Closed.AskLead"];
        return reason is { Length: > ReasonLength }
            ? what + AccountMessages.Text.Format("Closed.ReasonTooLong", ReasonLength, reason.Length)
            : what + AccountMessages.Text["Closed.ReasonNeeded"];
    }

    private string NameOf(string division, int? year)
    {
        var plan = store.FindOrDefault(year);
        return plan is not null && plan.Plan.HasDivision(division) ? plan.Plan.Division(division).Name : division;
    }
}
