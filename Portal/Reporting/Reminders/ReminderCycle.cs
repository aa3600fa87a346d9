using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting.Chain;

namespace Portal.Reporting.Reminders;

/// <summary>What one run of the reminder cycle did.</summary>
public sealed record CycleResult(int Claimed, int Sent);

/// <summary>
/// One tick of the reminder service. For every moment due now (<see cref="ReminderPlanner"/>), each division that
/// still owes figures for that month and has not submitted it is claimed with an insert into ReminderClaims, whose
/// unique key (division, year, month, moment) lets exactly one instance win, even after a restart. The winner's
/// messages go into the outbox in the same transaction; then the outbox is sent (<see cref="ReminderDispatcher"/>).
/// </summary>
public sealed class ReminderCycle(IServiceScopeFactory scopes, PlanStores stores, WriteGate gate, TimeProvider clock,
    IOptions<ReportingOptions> options, ReminderDispatcher dispatcher, ChainReminders chain)
{
    public async Task<CycleResult> RunAsync(CancellationToken ct = default)
    {
        var claimed = await ClaimDueAsync(ct) + await chain.ClaimDueAsync(ct);
        return new(claimed, await dispatcher.DeliverDueAsync(ct));
    }

    /// <summary>The reminders due now in every library, each claimed once.</summary>
    public async Task<int> ClaimDueAsync(CancellationToken ct = default)
    {
        var claimed = 0;
        foreach (var store in stores.All)
        {
            using var library = LibraryScope.Enter(LibraryScope.Of(store.Library)); // its deadlines, closures, outbox and people
            claimed += await ClaimDueAsync(store, ct);
        }
        return claimed;
    }

    private async Task<int> ClaimDueAsync(PlanStore store, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rules = options.Value.Rules();
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var (db, outbox) = (services.GetRequiredService<PortalDbContext>(), services.GetRequiredService<ReminderOutbox>());
        var claimed = 0;
        foreach (var state in store.Plans)
        {
            var plan = state.Plan;
            var due = ReminderPlanner.Due(await services.GetRequiredService<DeadlineStore>().ScheduleAsync(plan.Year, ct), rules, now);
            if (due.Count == 0) continue;
            var closed = (await db.MonthClosures.AsNoTracking().Where(c => c.Year == plan.Year).Select(c => new { c.Division, c.Month }).ToListAsync(ct))
                .Select(c => (c.Division, c.Month)).ToHashSet();
            var won = 0;
            foreach (var moment in due)
            {
                var owing = plan.Divisions.Where(d => !closed.Contains((d.Code, moment.Month)))
                    .Select(d => (Division: d, Missing: state.Read(l => ReportingGaps.MissingIn(l, d.Code, moment.Month))))
                    .Where(o => o.Missing.Count > 0).ToList();
                if (owing.Count > 0) won += await ClaimAsync(db, outbox, state.Library, moment, owing, now, ct);
            }
            if (won > 0) store.ReportingChanged(plan.Year, ReportingChange.Reminders);
            claimed += won;
        }
        return claimed;
    }

    private async Task<int> ClaimAsync(PortalDbContext db, ReminderOutbox outbox, int library, ReminderMoment moment,
        List<(Division Division, IReadOnlyList<Kpi> Missing)> owing, DateTimeOffset now, CancellationToken ct)
    {
        using var entered = await gate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var won = new List<(Division Division, int Missing)>();
        foreach (var (division, missing) in owing)
        {
            // Lost: another instance (or this one before a restart) has sent it.
            if (!await ReminderClaims.TryAsync(db, library, moment.Year, division.Code, moment.Month, moment.Key, now, missing.Count, ct)) continue;
            won.Add((division, missing.Count));
            await outbox.AddReminderAsync(db, moment, division, missing, ct);
        }
        await outbox.AddDigestsAsync(db, moment, won, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return won.Count;
    }
}
