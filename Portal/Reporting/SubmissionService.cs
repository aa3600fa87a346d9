using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Engine;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting.Chain;
using Portal.Reporting.Closures;
using Portal.Reporting.Reminders;

namespace Portal.Reporting;

/// <summary>
/// Submitting a division's month (its team lead, or an admin), which closes it for writes; withdrawing it; and
/// reviewing it or sending it back (an admin or the director), which reopens it and notifies the division. Every
/// step is an <see cref="AuditEvent"/>; the month's state is its closure row plus the last of those events. Every step
/// checks the acting user as they are now (<see cref="ActingUsers"/>), and nobody reviews a month they submitted.
/// While the library's month is with a library above it (ADR 042), nothing inside reopens a division month of it.
/// </summary>
public sealed class SubmissionService(IDbContextFactory<PortalDbContext> contexts, PlanStore store, TimeProvider clock, ReminderOutbox outbox,
    ActingUsers acting, ReviewChainService chain)
{
    public static readonly AuditEventKind[] Steps =
        [AuditEventKind.MonthClosed, AuditEventKind.MonthReopened, AuditEventKind.MonthReviewed, AuditEventKind.MonthReturned];

    public static bool MayReview(ClaimsPrincipal user) =>
        user.IsAdmin() || (user.IsSignedIn() && !user.IsKiosk() && user.IsInRole(PortalRoles.Director));

    /// <summary>A month's state from its closure row and the last of its submission steps in the audit trail.</summary>
    public static SubmissionState StateOf(MonthClose? closure, AuditEventKind? lastStep) =>
        closure is not null ? closure.ReviewedAt is null ? SubmissionState.Submitted : SubmissionState.Reviewed
        : lastStep == AuditEventKind.MonthReturned ? SubmissionState.Returned : SubmissionState.Open;

    public async Task<SubmissionState> StateAsync(int year, string division, int month, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await StateAsync(db, year, division, month, ct);
    }

    private static async Task<SubmissionState> StateAsync(PortalDbContext db, int year, string division, int month, CancellationToken ct)
    {
        var closure = await db.MonthClosures.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);
        return StateOf(closure, closure is not null ? null : await LastStepAsync(db, year, division, month, ct));
    }

    private static Task<AuditEventKind?> LastStepAsync(PortalDbContext db, int year, string division, int month, CancellationToken ct) =>
        db.AuditEvents.AsNoTracking()
            .Where(e => e.Year == year && e.Division == division && e.Month == month && Steps.Contains(e.Kind))
            .OrderByDescending(e => e.Id).Select(e => (AuditEventKind?)e.Kind).FirstOrDefaultAsync(ct);

    /// <param name="reasonRequired">False for the closures API, which closes as it always did; the gaps are still recorded.</param>
    public async Task<PeriodOutcome> SubmitAsync(ClaimsPrincipal user, int year, string division, int month, string? reason,
        bool reasonRequired = true, CancellationToken ct = default)
    {
        user = await acting.NowAsync(user, ct);
        if (Refuse(user, year, division, month, user.CanCloseDivision(division), review: false) is { } refused) return refused;
        var missing = store.Find(year)!.Read(l => ReportingGaps.MissingIn(l, division, month)).Count;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var state = await StateAsync(db, year, division, month, ct);
        if (state is SubmissionState.Submitted or SubmissionState.Reviewed)
            return new(PeriodStatus.AlreadyClosed, await ClosureAsync(db, year, division, month, ct));
        string? text;
        try
        {
            text = SubmissionFlow.RequireSubmit(state, reasonRequired ? missing : 0, reason);
        }
        catch (DomainException e)
        {
            return new(PeriodStatus.Invalid, Message: e.Message, Field: e.Field);
        }
        var by = Writer.NameOf(user);
        var closure = new MonthClose { Year = year, Division = division, Month = month, ClosedBy = by, ClosedAt = clock.GetUtcNow(), Reason = text, Missing = missing };
        db.MonthClosures.Add(closure);
        Audit(db, AuditEventKind.MonthClosed, year, division, month, by, text);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Submitted by someone else a moment ago: the month is closed, which is what was asked.
            db.ChangeTracker.Clear();
            return new(PeriodStatus.AlreadyClosed, await ClosureAsync(db, year, division, month, ct));
        }
        store.ReportingChanged(year, ReportingChange.Submitted);
        return new(PeriodStatus.Closed, closure);
    }

    /// <summary>Reopens a submitted month (DELETE closures): the team lead until it is reviewed, an admin always.</summary>
    public async Task<PeriodOutcome> WithdrawAsync(ClaimsPrincipal user, int year, string division, int month, CancellationToken ct = default)
    {
        user = await acting.NowAsync(user, ct);
        if (Refuse(user, year, division, month, user.CanCloseDivision(division), review: false) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closure = await db.MonthClosures.FirstOrDefaultAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);
        if (closure is null) return new(PeriodStatus.NotClosed, Message: ReportingMessages.Text.Format("Reopen.NotClosed", year, month));
        if (await chain.HeldAboveAsync(store.Library, year, month, ct) is { } held) return new(PeriodStatus.Conflict, closure, held, "state");
        try
        {
            SubmissionFlow.RequireWithdraw(StateOf(closure, null), user.IsAdmin());
        }
        catch (DomainException e)
        {
            return new(PeriodStatus.Conflict, closure, e.Message, e.Field);
        }
        db.MonthClosures.Remove(closure);
        Audit(db, AuditEventKind.MonthReopened, year, division, month, Writer.NameOf(user), null);
        await db.SaveChangesAsync(ct);
        store.ReportingChanged(year, ReportingChange.Withdrawn);
        return new(PeriodStatus.Reopened, closure);
    }

    public async Task<PeriodOutcome> ReviewAsync(ClaimsPrincipal user, int year, string division, int month, CancellationToken ct = default)
    {
        user = await acting.NowAsync(user, ct);
        if (Refuse(user, year, division, month, MayReview(user), review: true) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closure = await db.MonthClosures.FirstOrDefaultAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);
        try
        {
            SubmissionFlow.RequireReview(StateOf(closure, closure is not null ? null : await LastStepAsync(db, year, division, month, ct)));
            SubmissionFlow.RequireOtherReviewer(closure?.ClosedBy, Writer.NameOf(user));
        }
        catch (DomainException e)
        {
            return new(e.Field == "reviewer" ? PeriodStatus.Forbidden : PeriodStatus.Conflict, closure, e.Message, e.Field);
        }
        var by = Writer.NameOf(user);
        (closure!.ReviewedBy, closure.ReviewedAt) = (by, clock.GetUtcNow());
        Audit(db, AuditEventKind.MonthReviewed, year, division, month, by, null);
        await db.SaveChangesAsync(ct);
        store.ReportingChanged(year, ReportingChange.Reviewed);
        await chain.WentUpAsync(store.Library, year, month, by, ct);
        return new(PeriodStatus.Reviewed, closure);
    }

    /// <summary>Sends a submitted month back with a comment: it opens for entry again and the division is told.</summary>
    public async Task<PeriodOutcome> ReturnAsync(ClaimsPrincipal user, int year, string division, int month, string? comment, CancellationToken ct = default)
    {
        user = await acting.NowAsync(user, ct);
        if (Refuse(user, year, division, month, MayReview(user), review: true) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closure = await db.MonthClosures.FirstOrDefaultAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);
        if (await chain.HeldAboveAsync(store.Library, year, month, ct) is { } held) return new(PeriodStatus.Conflict, closure, held, "state");
        string text;
        try
        {
            text = SubmissionFlow.RequireReturn(StateOf(closure, closure is not null ? null : await LastStepAsync(db, year, division, month, ct)), comment);
            SubmissionFlow.RequireOtherReviewer(closure?.ClosedBy, Writer.NameOf(user));
        }
        catch (DomainException e)
        {
            return new(e.Field switch { "comment" => PeriodStatus.Invalid, "reviewer" => PeriodStatus.Forbidden, _ => PeriodStatus.Conflict },
                closure, e.Message, e.Field);
        }
        var by = Writer.NameOf(user);
        db.MonthClosures.Remove(closure!);
        Audit(db, AuditEventKind.MonthReturned, year, division, month, by, text);
        await outbox.AddReturnedAsync(db, store.Find(year)!.Plan, division, month, by, text, ct);
        await db.SaveChangesAsync(ct);
        store.ReportingChanged(year, ReportingChange.Returned);
        return new(PeriodStatus.Returned, closure);
    }

    private static Task<MonthClose> ClosureAsync(PortalDbContext db, int year, string division, int month, CancellationToken ct) =>
        db.MonthClosures.AsNoTracking().FirstAsync(c => c.Year == year && c.Division == division && c.Month == month, ct);

    private PeriodOutcome? Refuse(ClaimsPrincipal user, int year, string division, int month, bool allowed, bool review)
    {
        if (store.Find(year) is not { } plan) return new(PeriodStatus.NotFound, Message: PlanMessages.NoPlan(year));
        if (!plan.Plan.HasDivision(division)) return new(PeriodStatus.NotFound, Message: ReportingMessages.Text.Format("Division.Unknown", division));
        if (Refusals.NotSignedIn(user) is { } signedOut) return new(PeriodStatus.Forbidden, Message: signedOut);
        if (!allowed)
            return new(PeriodStatus.Forbidden, Message: review
                ? ReportingMessages.Text["Review.NotAllowed"]
                : ReportingMessages.Text.Format("Submit.NotAllowed", plan.Plan.Division(division).Name));
        if (month is < 1 or > 12) return new(PeriodStatus.Invalid, Message: ReportingMessages.Text.Format("Month.OutOfRange", month), Field: "month");
        return null;
    }

    private void Audit(PortalDbContext db, AuditEventKind kind, int year, string division, int month, string by, string? detail) => db.AuditEvents.Add(new AuditEvent
    {
        Kind = kind, By = by, At = clock.GetUtcNow(), Year = year, Division = division, Month = month, Detail = detail,
    });
}
