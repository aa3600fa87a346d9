using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting.Closures;
using Portal.Reporting.Reminders;

namespace Portal.Reporting.Chain;

/// <summary>
/// The review chain above a library (ADR 042): the reviewing library's admin or director reviews a library's month
/// that waits for it, or sends it back with a comment, which reopens every division month of that library (as a
/// return inside it does) and tells its people in the portal and by e-mail. Acts at the reviewer's own address: the
/// writes go to the reviewed library's rows within the reviewer's visible set, which row-level security checks.
/// </summary>
public sealed class ReviewChainService(IDbContextFactory<PortalDbContext> contexts, ChainReader reader, LibraryTree tree, PlanStores stores,
    IServiceScopeFactory scopes, WriteGate gate, TimeProvider clock, ActingUsers acting)
{
    /// <summary>Whether <paramref name="user"/> acts for <paramref name="reviewer"/>: its admin or director, in their own library.</summary>
    public static bool MayAct(ClaimsPrincipal user, int reviewer) => SubmissionService.MayReview(user) && user.LibraryOf() == reviewer;

    public Task<PeriodOutcome> ReviewAsync(ClaimsPrincipal user, int library, int year, int month, CancellationToken ct = default) =>
        StepAsync(user, library, year, month, null, returning: false, ct);

    public Task<PeriodOutcome> ReturnAsync(ClaimsPrincipal user, int library, int year, int month, string? comment, CancellationToken ct = default) =>
        StepAsync(user, library, year, month, comment, returning: true, ct);

    /// <summary>
    /// After a division month is reviewed inside a library: when that completed the month, it goes up, and the
    /// step is audited and the reviewing library's board told.
    /// </summary>
    public async Task WentUpAsync(int library, int year, int month, string by, CancellationToken ct = default)
    {
        if (await reader.ReadAsync(library, year, month, ct) is not { State: { Stage: ChainStage.Awaiting, ReviewedLevels: 0 } } up) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AuditEvents.Add(Audit(AuditEventKind.ChainSubmitted, library, year, month, by, up.Awaiting!.Code, null));
        await db.SaveChangesAsync(ct);
        Changed(up, ReportingChange.Submitted);
    }

    /// <summary>Not a division code (those are letters, digits and hyphens), nor the reminders' <see cref="ChainReminders.ClaimDivision"/>.</summary>
    private const string StepClaim = "*step";

    /// <summary>The state a step acts on: how many levels reviewed it in this round and since when (every step moves one or the other).</summary>
    private static string StepMoment(ChainState state) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{state.ReviewedLevels}-{state.Since?.UtcTicks}");

    /// <summary>
    /// Why a division month of <paramref name="library"/> may not be reopened inside it now (withdrawn or sent back):
    /// the library's month is with a library above (<see cref="ReviewChain.Holder"/>), named in the message; null when it may.
    /// </summary>
    public async Task<string?> HeldAboveAsync(int library, int year, int month, CancellationToken ct = default)
    {
        if (await reader.ReadAsync(library, year, month, ct) is not { } chain || ReviewChain.Holder(chain.State) is not { } id) return null;
        var holder = chain.Reviewers.First(r => r.Id == id).Name;
        return ReportingMessages.Text.Format(chain.State.Stage == ChainStage.Reviewed ? "Chain.ReviewedAbove" : "Chain.HeldAbove", holder);
    }

    private async Task<PeriodOutcome> StepAsync(ClaimsPrincipal user, int library, int year, int month, string? comment, bool returning, CancellationToken ct)
    {
        user = await acting.NowAsync(user, ct);
        if (Refusals.NotSignedIn(user) is { } signedOut) return new(PeriodStatus.Forbidden, Message: signedOut);
        if (month is < 1 or > 12) return new(PeriodStatus.Invalid, Message: ReportingMessages.Text.Format("Month.OutOfRange", month), Field: "month");
        var scope = LibraryScope.Current;
        if (!scope.Sees(library) || await tree.FindAsync(library, ct) is null)
            return new(PeriodStatus.NotFound, Message: ReportingMessages.Text.Format("Chain.UnknownLibrary", library));
        using var entered = await gate.EnterAsync(ct);
        if (await reader.ReadAsync(library, year, month, ct) is not { } chain || stores.For(library).Find(year) is not { } plan)
            return new(PeriodStatus.NotFound, Message: PlanMessages.NoPlan(year));
        var reviewer = chain.Reviewers.FirstOrDefault(r => r.Id == user.LibraryOf());
        if (reviewer is null || !MayAct(user, reviewer.Id))
            return new(PeriodStatus.Forbidden, Message: ReportingMessages.Text.Format("Chain.NotAllowed", chain.Library.Name));
        string? text = null;
        try
        {
            if (returning) text = ReviewChain.RequireReturn(chain.State, reviewer.Id, comment);
            else ReviewChain.RequireReview(chain.State, reviewer.Id);
        }
        catch (DomainException e)
        {
            return new(e.Field == "comment" ? PeriodStatus.Invalid : PeriodStatus.Conflict, Message: e.Message, Field: e.Field);
        }
        var by = Writer.NameOf(user);
        // The reviewed library's rows, addressed as its own pages address them, within the reviewer's visible set.
        using (LibraryScope.Enter(new LibraryScope(library, scope.Visible)))
        {
            await using var services = scopes.CreateAsyncScope();
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The gate holds only this instance's reviewers: one on another instance may act on the same state at the
            // same instant. The first to claim the state's step records it, as a reminder is claimed once (ADR 046).
            if (!await ReminderClaims.TryAsync(db, library, year, StepClaim, month, StepMoment(chain.State), clock.GetUtcNow(), 0, ct))
                return new(PeriodStatus.Conflict, Message: ReportingMessages.Text.Format("Chain.JustTaken", chain.Library.Name));
            if (returning) await ReopenAsync(db, services.ServiceProvider.GetRequiredService<ReminderOutbox>(), plan.Plan, month, by, reviewer.Code, text!, ct);
            db.AuditEvents.Add(Audit(returning ? AuditEventKind.ChainReturned : AuditEventKind.ChainReviewed, library, year, month, by, reviewer.Code, text));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        Changed(chain, returning ? ReportingChange.Returned : ReportingChange.Reviewed);
        return new(returning ? PeriodStatus.Returned : PeriodStatus.Reviewed);
    }

    /// <summary>Every division month of the library opens again, as a return inside it would, and its people are told.</summary>
    private async Task ReopenAsync(PortalDbContext db, ReminderOutbox outbox, Domain.Plans.Plan plan, int month, string by, string reviewer, string comment,
        CancellationToken ct)
    {
        var closures = await db.MonthClosures.Where(c => c.Year == plan.Year && c.Month == month).ToListAsync(ct);
        db.MonthClosures.RemoveRange(closures);
        foreach (var closure in closures.Where(c => plan.HasDivision(c.Division)))
        {
            db.AuditEvents.Add(new AuditEvent
            {
                Kind = AuditEventKind.MonthReturned, By = by, At = clock.GetUtcNow(),
                Year = plan.Year, Division = closure.Division, Month = month, Subject = reviewer, Detail = comment,
            });
            await outbox.AddReturnedAsync(db, plan, closure.Division, month, by, comment, ct);
        }
    }

    private AuditEvent Audit(AuditEventKind kind, int library, int year, int month, string by, string reviewer, string? detail) => new()
    {
        LibraryId = library, Kind = kind, By = by, At = clock.GetUtcNow(), Year = year, Month = month, Subject = reviewer, Detail = detail,
    };

    /// <summary>The library's board and those of the libraries above it follow the step.</summary>
    private void Changed(ChainMonth chain, ReportingChange change)
    {
        stores.For(chain.Library.Id).ReportingChanged(chain.Year, change);
        foreach (var reviewer in chain.Reviewers) stores.For(reviewer.Id).ReportingChanged(chain.Year, change);
    }
}
