using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Configuration;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Reporting;

namespace Portal.Backups;

/// <summary>
/// The daily backup (ADR 029). Once the day's <see cref="BackupOptions.TimeOfDay"/> has passed on the library's
/// clock, the day is claimed with an insert into BackupRuns whose unique Day lets exactly one instance win, also
/// after a restart (the claim of ADR 016); the winner writes portal-yyyyMMdd.db (.dump on PostgreSQL) into the
/// directory, records its size or its error, and deletes all but the newest <see cref="BackupOptions.Keep"/>.
/// A portal that was down at that time takes the day's backup when it starts.
/// </summary>
public sealed class BackupCycle(IServiceScopeFactory scopes, DatabaseBackup backup, TimeProvider clock,
    IOptions<BackupOptions> options, IOptions<PortalOptions> portal, ILogger<BackupCycle> log)
{
    public const string Prefix = "portal-";

    // The day this instance has claimed or seen claimed: the ticks after it need no database round trip (a restart
    // forgets it, and the claim in the database decides again).
    private DateOnly? _settled;

    /// <summary>The run this instance claimed and wrote now, or null when nothing was due or another instance had it.</summary>
    public async Task<BackupRun?> RunAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Directory)) return null;
        var now = ChinaTime.Now(clock);
        if (TimeOnly.FromTimeSpan(now.TimeOfDay) < settings.TimeOfDay) return null;
        var day = ChinaTime.Today(now);
        if (day == _settled) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var extension = db.Database.IsNpgsql() ? DatabaseBackup.PostgresExtension : DatabaseBackup.SqliteExtension;
        var file = Path.Combine(Path.GetFullPath(settings.Directory), $"{Prefix}{day:yyyyMMdd}{extension}");
        var dayKey = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var instance = portal.Value.InstanceNameOrMachine();
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "BackupRuns" ("Day", "StartedAt", "File", "Instance")
            VALUES ({dayKey}, {clock.GetUtcNow().UtcTicks}, {file}, {instance})
            ON CONFLICT ("Day") DO NOTHING
            """, ct);
        _settled = day;
        if (claimed == 0) return null; // another instance (or this one before a restart) has taken today's backup
        var run = await db.BackupRuns.SingleAsync(r => r.Day == dayKey, ct);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            run.Size = (await backup.WriteAsync(file, ct)).Size;
            Prune(settings);
        }
        catch (Exception e) when (e is BackupFailure or IOException or UnauthorizedAccessException)
        {
            run.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            log.LogError(e, "The daily backup to {File} failed", file);
        }
        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        return run;
    }

    private static void Prune(BackupOptions settings)
    {
        var old = new DirectoryInfo(settings.Directory).GetFiles($"{Prefix}*")
            .Where(f => f.Extension is DatabaseBackup.SqliteExtension or DatabaseBackup.PostgresExtension)
            .OrderByDescending(f => f.Name, StringComparer.Ordinal).Skip(Math.Max(1, settings.Keep));
        foreach (var file in old) file.Delete();
    }
}
