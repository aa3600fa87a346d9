using Microsoft.Extensions.Options;

namespace Portal.Reporting.Reminders;

/// <summary>
/// Runs the <see cref="ReminderCycle"/> every <see cref="ReportingOptions.Tick"/> on the portal's TimeProvider.
/// Every instance may run it: claims and leases in the database keep each reminder to one sender. A failing run
/// is logged and the next tick tries again; it never touches the save path.
/// </summary>
public sealed class ReminderService(ReminderCycle cycle, TimeProvider clock, IOptions<ReportingOptions> options, ILogger<ReminderService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled) return;
        using var timer = new PeriodicTimer(options.Value.Tick, clock);
        do
        {
            try
            {
                var result = await cycle.RunAsync(stoppingToken);
                if (result.Claimed + result.Sent > 0) log.LogInformation("Reminders: {Claimed} claimed, {Sent} sent", result.Claimed, result.Sent);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "The reminder cycle failed; the next tick tries again");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
