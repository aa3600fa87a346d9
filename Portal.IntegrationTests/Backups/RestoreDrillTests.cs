using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Backups;
using Portal.Data;
using Portal.Tests.Support;
using Xunit.Abstractions;
using Portal.IntegrationTests.Live;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Backups;

/// <summary>
/// The restore drill (issue 27, ADR 029): a backup taken while saves run at 200 a second, restored with the real
/// `restore` command into a new database, holds every save committed before it began, no save half (a figure without
/// its audit row or the reverse), and a portal started on it serves the dashboard the original served at that moment.
/// </summary>
public sealed class RestoreDrillTests(ITestOutputHelper output)
{
    private const int Saves = 600; // at most 3 s at 200/s
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    [Theory, OnSqlite, OnPostgres]
    public async Task Backup_WhileSavesRun_RestoresEverySaveCommittedBeforeItWholeAndTheSameDashboard(DatabaseProvider provider)
    {
        using var original = new PortalFactory(provider: provider);
        var drill = new BackupDrill(original, await original.CreateAdminClientAsync(), Saves, Interval);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var saving = drill.RunAsync(stop.Token);
        await WaitUntilAsync(() => drill.Committed >= 100 || saving.IsCompleted);

        var before = drill.Committed;
        var took = Stopwatch.StartNew();
        var file = Path.Combine(Path.GetTempPath(), $"portal-drill-{Guid.NewGuid():N}{(provider == DatabaseProvider.Postgres ? ".dump" : ".db")}");
        var backup = await original.Services.GetRequiredService<DatabaseBackup>().WriteAsync(file);
        var after = drill.Committed;
        took.Stop();
        await saving;
        Assert.True(after < Saves, $"The saves had ended ({after}) before the backup did: it was not taken while they ran.");

        using var target = TestDatabase.Create(provider);
        try
        {
            var (code, printed, error) = await PortalCommand.RunAsync(["restore", backup.File,
                "--Database:Provider", provider.ToString().ToLowerInvariant(), "--ConnectionStrings:Portal", target.ConnectionString]);
            Assert.True(code == 0, error);
            Assert.Contains("计划年度 2013", printed);

            using var restored = new PortalFactory(shared: target);
            var (figures, audit, values) = await BackupDrill.ReadAsync(restored);
            Assert.Equal(figures.Order(), audit.Order()); // no save half there
            var k = figures.Count;
            Assert.InRange(k, before, after);
            for (var i = 0; i < k; i++) // exactly the first k saves, each with its value
            {
                var (kpi, division, month, value) = drill.Saves[i];
                Assert.Equal(value, values[(kpi, division, month)]);
            }
            Assert.Contains($"填报数据 {k.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} 条", printed);
            var dashboard = await (await restored.CreateAdminClientAsync()).GetStringAsync("/api/plans/2013/dashboard");
            Assert.Equal(drill.Dashboards[k], dashboard);
            output.WriteLine($"{provider}: backup of {backup.Size:N0} bytes in {took.ElapsedMilliseconds} ms, taken after save {before}, "
                + $"saves {before}–{after} committed meanwhile; restored {k} saves, each whole; {Saves} saves in {drill.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            File.Delete(backup.File);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition()) await Task.Delay(10, timeout.Token);
    }
}
