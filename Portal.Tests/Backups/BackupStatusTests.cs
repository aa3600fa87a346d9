using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Backups;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Tests.Support;

namespace Portal.Tests.Backups;

/// <summary>What /admin says of the backups: a warning when there is none, the last failed or stopped, or the last good one is over two days old.</summary>
public sealed class BackupStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 1, 30, 0, TimeSpan.Zero); // 09:30 in Hangzhou

    [Fact]
    public async Task Health_FollowsTheLastRunAndTheAgeOfTheLastGoodOne()
    {
        var clock = new FakeTimeProvider(Now);
        using var portal = new PortalFactory(clock: clock);
        Assert.Equal(BackupHealth.None, await HealthAsync(portal));

        await AddAsync(portal, new() { Day = "2026-03-10", StartedAt = Now.AddDays(-2).AddHours(-1), FinishedAt = Now.AddDays(-2).AddMinutes(-59), File = "a.db", Size = 400_000, Instance = "A" });
        Assert.Equal(BackupHealth.Old, await HealthAsync(portal)); // finished 2 days and 59 minutes ago

        await AddAsync(portal, new() { Day = "2026-03-11", StartedAt = Now.AddDays(-1), FinishedAt = Now.AddDays(-1).AddSeconds(3), File = "b.db", Size = 401_000, Instance = "B" });
        Assert.Equal(BackupHealth.Ok, await HealthAsync(portal));

        await AddAsync(portal, new() { Day = "2026-03-12", StartedAt = Now.AddMinutes(-5), File = "c.db", Instance = "A" });
        Assert.Equal(BackupHealth.Unfinished, await HealthAsync(portal));
        clock.Advance(BackupStatus.Stuck);
        Assert.Equal(BackupHealth.Failed, await HealthAsync(portal)); // the instance died mid-backup

        await AddAsync(portal, new() { StartedAt = clock.GetUtcNow(), FinishedAt = clock.GetUtcNow(), File = "d.db", Error = "磁盘已满", Instance = "A" });
        Assert.Equal(BackupHealth.Failed, await HealthAsync(portal));
    }

    private static async Task AddAsync(PortalFactory portal, BackupRun run)
    {
        await using var scope = portal.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.BackupRuns.Add(run);
        await db.SaveChangesAsync();
    }

    private static async Task<BackupHealth> HealthAsync(PortalFactory portal)
    {
        await using var scope = portal.Scope();
        return (await scope.ServiceProvider.GetRequiredService<BackupStatus>().ReadAsync()).Health;
    }
}
