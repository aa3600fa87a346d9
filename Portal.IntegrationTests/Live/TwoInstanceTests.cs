using System.Net.Http.Json;
using System.Net;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Api;
using Portal.Data;
using Portal.Domain.Progress;
using Portal.Live.Instances;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support.Plans;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Live;

/// <summary>Two instances on one database (SQLite or PostgreSQL), hearing each other through an in-process network instead of Redis.</summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const string Repairs = "ancient-books.repaired-pages";
    private const string Survey = "ancient-books.surveyed";
    private TestDatabase? _database;
    private InstanceFactory _a = null!;
    private InstanceFactory _b = null!;

    private void Start(DatabaseProvider provider)
    {
        _database = TestDatabase.Create(provider);
        var network = new InProcessChangeNetwork();
        _a = new InstanceFactory(_database, new Dictionary<string, string>(), s => s.AddSingleton(network));
        _b = new InstanceFactory(_database, new Dictionary<string, string>(), s => s.AddSingleton(network));
        _ = _a.Server; // the first instance migrates and seeds the database before the second starts
        _ = _b.Server;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Save_OnInstanceA_ReachesAHubClientOnInstanceB_Once(DatabaseProvider db)
    {
        Start(db);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onB.SubscribeAsync(2013);

        await _a.SaveAsync(Repairs, "ancient-books", 10, 820);
        await onB.DashboardAsync(d => Actual(d, Repairs) == 820);
        await _a.SaveAsync(Repairs, "ancient-books", 10, 860);
        await onB.DashboardAsync(d => Actual(d, Repairs) == 860);

        Assert.Equal(1, onB.Dashboards.Count(d => Actual(d, Repairs) == 820));
        Assert.Equal(860, _b.Plan2013.Current.Kpi(Repairs).Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SavesOnBothInstancesAtOnce_EveryClientEndsWithBoth(DatabaseProvider db)
    {
        Start(db);
        await using var onA = await HubListener.ConnectAsync(_a);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onA.SubscribeAsync(2013);
        await onB.SubscribeAsync(2013);

        await Task.WhenAll(_a.SaveAsync(Repairs, "ancient-books", 10, 820), _b.SaveAsync(Survey, "ancient-books", 10, 250));

        static bool Both(DashboardDto d) => Actual(d, Repairs) == 820 && Actual(d, Survey) == 250;
        await onA.DashboardAsync(Both);
        await onB.DashboardAsync(Both);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TaskProgress_SavedOnInstanceA_ReachesInstanceBAndItsHubClients(DatabaseProvider db)
    {
        Start(db);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onB.SubscribeAsync(2013);
        await onB.UntilAsync(() => onB.RawDashboards.Count == 1);

        await _a.SaveItemAsync("一.1", ItemStatus.InProgress, 40);

        await onB.UntilAsync(() => onB.RawDashboards.Count == 2);
        var item = _b.Plan2013.Items["一.1"];
        Assert.Equal((ItemStatus.InProgress, 40, 1), (item.Progress.Status, item.Progress.Percent, item.Version));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PlanPublished_OnInstanceA_IsServedOnInstanceBAndItsHub(DatabaseProvider db)
    {
        Start(db);
        using var feedOnB = _b.Services.GetRequiredService<PlanFeed>().Subscribe(2015);
        await using (var scope = _a.Scope())
            await scope.ServiceProvider.GetRequiredService<PlanPublisher>().PublishAsync(PlanJsons.Year(2015), TestWriters.Admin("管理员甲"), CancellationToken.None);

        var change = await feedOnB.Reader.ReadAsync().AsTask().WaitAsync(HubListener.Timeout);
        Assert.Equal((ChangeOrigin.OtherInstance, 1), (change.Origin, change.Revision!.Version));
        var onB = _b.Services.GetRequiredService<PlanStores>().Default.Find(2015);
        Assert.Equal(23, onB!.Plan.Kpis.Count);
        await using var hub = await HubListener.ConnectAsync(_b);
        await hub.SubscribeAsync(2015);
        var dashboard = await hub.DashboardAsync(d => d.Year == 2015);
        Assert.Equal(23, dashboard.Kpis.Count);
    }

    /// <summary>
    /// A reporting change (a submission) travels as a change record of the feed: to a page following the year on the
    /// instance that made it, and through the relay to a page on the other instance (ADR 030).
    /// </summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Submission_OnInstanceA_ReachesAPageFollowing2013OnBothInstances(DatabaseProvider db)
    {
        Start(db);
        var (onA, heardOnA) = Follow2013(_a);
        var (onB, heardOnB) = Follow2013(_b);
        await using (onA)
        await using (onB)
        {
            await _a.CreateUserAsync("lead.rs", PortalRoles.TeamLead, "reader-services");
            using var lead = _a.CreateBearerClient(await _a.CreateApiTokenAsync("lead.rs"));
            var before = ReportedInMay(_b);

            using var submitted = await lead.PostAsJsonAsync("/api/plans/2013/reporting/reader-services/5/submit", new { reason = "5 月数据下月补报" });

            Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
            await HandedUntilAsync(heardOnA, () => ReportedInMay(_a) == before + 1);
            await HandedUntilAsync(heardOnB, () => ReportedInMay(_b) == before + 1);
        }
    }

    /// <summary>A page on an instance following 2013, as the pages do (LivePlan), recording what it is handed.</summary>
    private static (LivePlan Page, ChannelReader<PlanChanged> Heard) Follow2013(InstanceFactory instance)
    {
        var heard = Channel.CreateUnbounded<PlanChanged>();
        var page = new LivePlan(instance.Services.GetRequiredService<PlanStores>().Default, instance.Services.GetRequiredService<PlanFeed>(),
            run => run(), change => heard.Writer.WriteAsync(change).AsTask(), () => { });
        page.Follow(2013);
        return (page, heard.Reader);
    }

    /// <summary>Divisions that count as reported for May: a submitted month counts, gaps and all.</summary>
    private static int ReportedInMay(InstanceFactory instance) => instance.Plan2013.Current.Coverage!.In(5).Reported;

    /// <summary>
    /// Reads what the page is handed until, after one of them, the instance shows what the page should now show. A page
    /// hears the newest change only (the feed coalesces), so it is the state after a change that counts, not its kind.
    /// </summary>
    private static async Task HandedUntilAsync(ChannelReader<PlanChanged> heard, Func<bool> shows)
    {
        using var timeout = new CancellationTokenSource(HubListener.Timeout);
        while (true)
        {
            var change = await heard.ReadAsync(timeout.Token);
            if (change.Year == 2013 && shows()) return;
        }
    }

    private static double Actual(DashboardDto d, string kpi) => d.Kpis.Single(k => k.Code == kpi).Actual;

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes a test class through IAsyncLifetime or IDisposable, never through IAsyncDisposable: instances
    // left running would go on hearing the next tests' Redis messages.
    public async Task DisposeAsync()
    {
        if (_database is null) return;
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        _database.Dispose();
    }
}
