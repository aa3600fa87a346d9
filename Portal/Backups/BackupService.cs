using Microsoft.Extensions.Options;

namespace Portal.Backups;

/// <summary>
/// Runs the <see cref="BackupCycle"/> every <see cref="BackupOptions.Tick"/> on the portal's TimeProvider, on every
/// instance: the day's claim keeps it to one. A failure is recorded and logged; the next day tries again.
/// </summary>
public sealed class BackupService(BackupCycle cycle, TimeProvider clock, IOptions<BackupOptions> options, ILogger<BackupService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Directory)) return;
        using var timer = new PeriodicTimer(options.Value.Tick, clock);
        do
        {
            try
            {
                if (await cycle.RunAsync(stoppingToken) is { } run)
                    log.LogInformation("Daily backup {File}: {Result}", run.File, run.Error ?? $"{run.Size} bytes");
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "The backup cycle failed; the next tick tries again");
            }
        }
        while (await NextAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken ct)
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
