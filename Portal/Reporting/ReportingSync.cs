using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Live;

namespace Portal.Reporting;

/// <summary>
/// Keeps each live plan year's deadlines and submitted months as stored, so that its evaluation knows the complete
/// month and what is 待报 (ADR 026): read at start-up with the figures, and again whenever the feed says a year's
/// reporting changed (a submission, a withdrawal, a return, new deadlines), here or on another instance (ADR 030).
/// </summary>
public sealed class ReportingSync : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly PlanStores _stores;
    private readonly ILogger<ReportingSync> _log;
    private readonly PlanFeed.Subscription _changes;

    public ReportingSync(IServiceScopeFactory scopes, PlanStores stores, PlanFeed feed, ILogger<ReportingSync> log)
    {
        // Subscribed when constructed, before the server takes requests, so that no reporting change is missed.
        _changes = feed.SubscribeAll();
        (_scopes, _stores, _log) = (scopes, stores, log);
    }

    /// <summary>Reads a year's deadlines and submitted months and hands them to its live state.</summary>
    public static async Task LoadAsync(PortalDbContext db, PlanStore store, int year, bool publish, CancellationToken ct = default)
    {
        if (store.Find(year) is not { } state) return;
        var schedule = await DeadlineStore.ScheduleAsync(db, year, ct);
        var submitted = (await db.MonthClosures.AsNoTracking().Where(c => c.Year == year)
            .Select(c => new { c.Division, c.Month }).ToListAsync(ct)).Select(c => (c.Division, c.Month)).ToHashSet();
        if (publish) store.SetReporting(year, schedule, submitted);
        else state.SetReporting(schedule, submitted);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
            {
                if (change.Reporting is null) continue;
                try
                {
                    using var library = LibraryScope.Enter(LibraryScope.Of(change.Library)); // that library's deadlines and closures
                    await using var scope = _scopes.CreateAsyncScope();
                    await LoadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), _stores.For(change.Library), change.Year, publish: true, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _log.LogWarning(e, "Could not read the reporting state of {Year}; pages keep the previous one", change.Year);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _changes.Dispose();
        base.Dispose();
    }
}
