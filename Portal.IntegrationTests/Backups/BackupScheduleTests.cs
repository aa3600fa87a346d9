using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Backups;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Reporting;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Backups;

/// <summary>
/// The daily backup on fake time (ADR 029): two instances on one database, each running the backup service; at
/// 02:00 on the library's clock exactly one of them writes the day's backup, once a day, keeping the newest two.
/// </summary>
public sealed class BackupScheduleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portal-backups-").FullName;

    [Theory, OnSqlite, OnPostgres]
    public async Task DailyBackup_TwoInstances_OneBackupADayFromTheLibrarysTimeOfDay_KeepsTheNewest(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(ChinaTime.At(new DateOnly(2026, 3, 9), new TimeOnly(1, 58, 30)).ToUniversalTime());
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Backup:Directory"] = _directory, ["Portal:Backup:TimeOfDay"] = "02:00", ["Portal:Backup:Keep"] = "2",
            ["Portal:Reporting:RemindersEnabled"] = "false",
        };
        using var database = TestDatabase.Create(provider);
        using var a = new PortalFactory(clock: clock, settings: settings, shared: database);
        using var b = new PortalFactory(clock: clock, settings: settings, shared: database);
        _ = (a.Services, b.Services); // both started: each runs the backup service on the fake clock

        clock.Advance(TimeSpan.FromMinutes(1)); // 01:59:30: not yet
        await AssertRunsAsync(a, []);
        clock.Advance(TimeSpan.FromMinutes(1)); // 02:00:30
        await WaitForRunAsync(a, "2026-03-09");
        foreach (var day in new[] { "2026-03-10", "2026-03-11", "2026-03-12" })
        {
            clock.Advance(TimeSpan.FromDays(1));
            await WaitForRunAsync(a, day);
        }

        var runs = await AssertRunsAsync(a, ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12"]);
        Assert.All(runs, r => Assert.Null(r.Error));
        Assert.All(runs, r => Assert.True(r.Size > 0));
        Assert.All(runs, r => Assert.True(r.StartedAt >= ChinaTime.At(DateOnly.Parse(r.Day!, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(2, 0)),
            $"The backup of {r.Day} started at {ChinaTime.Of(r.StartedAt)}, before 02:00 China time."));
        var extension = provider == DatabaseProvider.Postgres ? ".dump" : ".db";
        Assert.Equal([$"portal-20260311{extension}", $"portal-20260312{extension}"],
            Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(provider == DatabaseProvider.Postgres ? BackupKind.PostgresDump : BackupKind.Sqlite,
            BackupFile.Kind(Path.Combine(_directory, $"portal-20260312{extension}")));
    }

    private static async Task WaitForRunAsync(PortalFactory portal, string day)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using var scope = portal.Scope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (await db.BackupRuns.AnyAsync(r => r.Day == day && r.FinishedAt != null, timeout.Token)) return;
            await Task.Delay(20, timeout.Token);
        }
    }

    private static async Task<List<BackupRun>> AssertRunsAsync(PortalFactory portal, string[] days)
    {
        await using var scope = portal.Scope();
        var runs = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().BackupRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(days, runs.Select(r => r.Day));
        return runs;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
