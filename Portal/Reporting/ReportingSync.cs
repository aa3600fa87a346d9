using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Plans;

namespace Portal.Reporting;

/// <summary>
/// Keeps each live plan year's deadlines and submitted months as stored, so that its evaluation knows the complete
/// month and what is 待报 (ADR 026): read at start-up with the figures, and again whenever a year's reporting changes
/// (a submission, a withdrawal, a return, new deadlines), here or on another instance.
/// </summary>
public sealed class ReportingSync(IServiceScopeFactory scopes, PlanStore store, ReportingEvents events, ILogger<ReportingSync> log)
    : BackgroundService
{
    private readonly Channel<int> _years = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

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
        events.Changed += Enqueue;
        try
        {
            await foreach (var year in _years.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await LoadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), store, year, publish: true, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Could not read the reporting state of {Year}; pages keep the previous one", year);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            events.Changed -= Enqueue;
        }
    }

    private void Enqueue(int year) => _years.Writer.TryWrite(year);
}
