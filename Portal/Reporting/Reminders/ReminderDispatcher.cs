using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Plans;

namespace Portal.Reporting.Reminders;

/// <summary>
/// Sends the outbox: each due message is leased first (one conditional UPDATE, so of several instances one sends
/// it), then sent outside any transaction or lock; a failure is retried with exponential back-off (1, 2, 4 … minutes,
/// at most an hour) until <see cref="ReportingOptions.MaxAttempts"/>, and stays on the admin page with its error.
/// Chat robots get at most <see cref="ReportingOptions.WebhookPerMinute"/> messages a minute; the rest wait. A
/// reminder whose divisions have reported everything (or submitted) by the time it would go out is skipped.
/// </summary>
public sealed class ReminderDispatcher(IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> contexts, PlanStores stores, TimeProvider clock, SmtpMailer mailer, RobotPoster robots,
    IOptions<ReportingOptions> options, ILogger<ReminderDispatcher> log)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RobotBlock = TimeSpan.FromMinutes(10);
    private const int Batch = 50;

    /// <summary>The latest messages of the outbox, newest first, for the admin page.</summary>
    public async Task<List<ReminderDelivery>> RecentAsync(int count, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ReminderDeliveries.AsNoTracking().OrderByDescending(d => d.Id).Take(count).ToListAsync(ct);
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <returns>How many messages were sent, of every library.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken ct = default)
    {
        var sent = 0;
        foreach (var store in stores.All)
        {
            using var library = LibraryScope.Enter(LibraryScope.Of(store.Library)); // its outbox, closures and people
            sent += await DeliverDueAsync(store, ct);
        }
        return sent;
    }

    private async Task<int> DeliverDueAsync(PlanStore store, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.ReminderDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.Id).Take(Batch).ToListAsync(ct);
        var sent = 0;
        foreach (var delivery in due)
        {
            if (delivery.Channel == DeliveryChannel.Webhook && await RobotBusyUntilAsync(db, delivery.Target, now, ct) is { } later)
            {
                await db.ReminderDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, later), ct);
                continue;
            }
            if (!await LeaseAsync(db, delivery.Id, now, ct)) continue;
            if (delivery.Kind == DeliveryKind.Reminder && !await StillOwedAsync(db, store, delivery, ct))
            {
                await db.ReminderDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, DeliveryStatus.Skipped).SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null), ct);
                continue;
            }
            if (await SendAsync(db, delivery, ct)) sent++;
        }
        return sent;
    }

    /// <summary>A reminder retried later is dropped once none of its divisions owes that month any more.</summary>
    private static async Task<bool> StillOwedAsync(PortalDbContext db, PlanStore store, ReminderDelivery delivery, CancellationToken ct)
    {
        if (store.Find(delivery.Year) is not { } state) return false;
        var divisions = delivery.Divisions.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(state.Plan.HasDivision).ToList();
        var closed = await db.MonthClosures.AsNoTracking()
            .Where(c => c.Year == delivery.Year && c.Month == delivery.Month && divisions.Contains(c.Division)).Select(c => c.Division).ToListAsync(ct);
        return divisions.Except(closed).Any(d => state.Read(l => ReportingGaps.MissingIn(l, d, delivery.Month)).Count > 0);
    }

    private static async Task<bool> LeaseAsync(PortalDbContext db, long id, DateTimeOffset now, CancellationToken ct)
    {
        DateTimeOffset? until = now + Lease;
        return await db.ReminderDeliveries
            .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && (d.LeasedUntil == null || d.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeasedUntil, until), ct) == 1;
    }

    /// <summary>When this robot may take another message, or null if it may now (sliding one-minute window).</summary>
    private async Task<DateTimeOffset?> RobotBusyUntilAsync(PortalDbContext db, string url, DateTimeOffset now, CancellationToken ct)
    {
        DateTimeOffset? since = now - TimeSpan.FromMinutes(1);
        var recent = await db.ReminderDeliveries.AsNoTracking()
            .Where(d => d.Channel == DeliveryChannel.Webhook && d.Target == url && d.SentAt != null && d.SentAt > since)
            .OrderBy(d => d.SentAt).Select(d => d.SentAt!.Value).ToListAsync(ct);
        var limit = Math.Max(1, options.Value.WebhookPerMinute);
        return recent.Count < limit ? null : recent[^limit] + TimeSpan.FromMinutes(1);
    }

    private async Task<bool> SendAsync(PortalDbContext db, ReminderDelivery delivery, CancellationToken ct)
    {
        string? error = null;
        var wait = TimeSpan.Zero;
        try
        {
            if (delivery.Channel == DeliveryChannel.Email) await mailer.SendAsync(delivery, ct);
            else await robots.SendAsync(delivery, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            error = e.Message;
            wait = e is RobotThrottledException ? RobotBlock : Backoff(delivery.Attempts + 1);
            log.LogWarning(e, "Reminder {Id} ({Channel} to {Target}) failed, attempt {Attempt}", delivery.Id, delivery.Channel, delivery.Target, delivery.Attempts + 1);
        }
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        DeliveryStatus status = error is null ? DeliveryStatus.Sent : attempts >= options.Value.MaxAttempts ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        DateTimeOffset? sentAt = error is null ? now : null;
        var shortError = error is { Length: > 1000 } ? error[..1000] : error;
        await db.ReminderDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.SentAt, sentAt)
            .SetProperty(d => d.LastError, shortError)
            .SetProperty(d => d.NextAttemptAt, now + wait)
            .SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
        return error is null;
    }

    /// <summary>
    /// An admin's "retry now" (checked as the actor is now; <see cref="WriteForbiddenException"/> otherwise): a failed
    /// or waiting message goes out at the next tick, with its attempts reset, and the retry is audited.
    /// </summary>
    public async Task<bool> RetryAsync(long id, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        Refusals.RequireAdmin(await scope.ServiceProvider.GetRequiredService<ActingUsers>().NowAsync(actor, ct), ReportingMessages.Text["Reminders.ResendWhat"]);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        var retried = await db.ReminderDeliveries.Where(d => d.Id == id && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now), ct) == 1;
        if (!retried) return false;
        db.AuditEvents.Add(new AuditEvent { Kind = AuditEventKind.DeliveryRetried, By = Writer.NameOf(actor), At = now, Subject = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
