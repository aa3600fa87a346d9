using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Backups;

/// <summary>What the admin page says of the backups: none yet, the last one failed, is older than two days, or fine.</summary>
public enum BackupHealth { None, Failed, Unfinished, Old, Ok }

public sealed record BackupReport(BackupRun? Last, BackupHealth Health, IReadOnlyList<BackupRun> Recent, bool Scheduled);

public sealed class BackupStatus(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IOptions<BackupOptions> options)
{
    public static readonly TimeSpan TooOld = TimeSpan.FromDays(2);

    /// <summary>A backup claimed this long ago and not finished is taken as stopped (the instance died), not as running.</summary>
    public static readonly TimeSpan Stuck = TimeSpan.FromHours(6);

    public async Task<BackupReport> ReadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var recent = await db.BackupRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(10).ToListAsync(ct);
        var scheduled = !string.IsNullOrWhiteSpace(options.Value.Directory);
        if (recent.Count == 0) return new(null, BackupHealth.None, recent, scheduled);
        var last = recent[0];
        var now = clock.GetUtcNow();
        var health = last.Error is not null ? BackupHealth.Failed
            : last.FinishedAt is null ? (now - last.StartedAt > Stuck ? BackupHealth.Failed : BackupHealth.Unfinished)
            : recent.FirstOrDefault(r => r.FinishedAt is not null && r.Error is null) is { } good && now - good.FinishedAt!.Value <= TooOld ? BackupHealth.Ok
            : BackupHealth.Old;
        return new(last, health, recent, scheduled);
    }
}
