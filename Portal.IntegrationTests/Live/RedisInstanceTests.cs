using Portal.Tests.Support;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Api;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Progress;
using Portal.Figures;
using Portal.Live.Instances;
using StackExchange.Redis;
using System.Net;
using System.Net.Http.Json;
using Portal.Accounts;
using Portal.Reporting;
using Portal.Live;
using Portal.Plans;

namespace Portal.IntegrationTests.Live;

/// <summary>Two instances on one database (SQLite or PostgreSQL) and a real Redis, configured as in production ("Redis:Connection").</summary>
public sealed class RedisInstanceTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Repairs = "ancient-books.repaired-pages";
    private TestDatabase? _database;
    private InstanceFactory _a = null!;
    private InstanceFactory _b = null!;

    private void Start(DatabaseProvider provider)
    {
        _database = TestDatabase.Create(provider);
        // Reminders off: only the tests' own actions change reporting.
        var settings = new Dictionary<string, string> { ["Redis:Connection"] = redis.Connection, ["Portal:Reporting:RemindersEnabled"] = "false" };
        _a = new InstanceFactory(_database, settings);
        _b = new InstanceFactory(_database, settings);
        _ = _a.Server; // the first instance migrates and seeds the database before the second starts
        _ = _b.Server;
    }

    [Theory, OnSqlite, OnPostgres]
    public void Redis_IsTheBus_WhenConfigured(DatabaseProvider db)
    {
        Start(db);
        Assert.IsType<RedisChangeBus>(_a.Services.GetRequiredService<IChangeBus>());
        Assert.IsType<RedisChangeBus>(_b.Services.GetRequiredService<IChangeBus>());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Save_OnInstanceA_ReachesAHubClientOnInstanceB(DatabaseProvider db)
    {
        Start(db);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onB.SubscribeAsync(2013);

        await _a.SaveAsync(Repairs, "ancient-books", 10, 820);

        var dashboard = await onB.DashboardAsync(d => d.Kpis.Single(k => k.Code == Repairs).Actual == 820);
        Assert.Equal(820.0 / 9000, dashboard.Kpis.Single(k => k.Code == Repairs).Completion, 12);
        Assert.Equal(820, _b.Plan2013.Current.Kpi(Repairs).Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TaskProgress_SavedOnInstanceA_ReachesInstanceBThroughRedis(DatabaseProvider db)
    {
        Start(db);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onB.SubscribeAsync(2013);
        await onB.UntilAsync(() => onB.RawDashboards.Count == 1);

        await _a.SaveItemAsync("一.1", ItemStatus.Blocked, 30, "等待古籍修复经费到位");

        await onB.UntilAsync(() => onB.RawDashboards.Count == 2);
        Assert.Equal(_a.Plan2013.Items["一.1"], _b.Plan2013.Items["一.1"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Submission_OnInstanceA_TellsInstanceBsReportingPages(DatabaseProvider db)
    {
        Start(db);
        using var onB = _b.Services.GetRequiredService<PlanFeed>().SubscribeAll();
        var heard = HeardReportingAsync(onB);
        await _a.CreateUserAsync("lead.rs", PortalRoles.TeamLead, "reader-services");
        using var lead = _a.CreateBearerClient(await _a.CreateApiTokenAsync("lead.rs"));

        using var submitted = await lead.PostAsJsonAsync("/api/plans/2013/reporting/reader-services/5/submit", new { reason = "5 月数据下月补报" });

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(2013, await heard.WaitAsync(HubListener.Timeout));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_OfEighteenHundredFigures_OnInstanceA_LeavesInstanceBWithTheSameDashboard(DatabaseProvider db)
    {
        Start(db);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onB.SubscribeAsync(2013);
        var plan = _a.Plan2013.Plan;
        var writes = (from kpi in plan.Kpis.Take(10)
                      from division in plan.Divisions
                      from month in Enumerable.Range(1, 12)
                      select new FigureWrite(kpi.Code, division.Code, month, 3 * month + division.Code.Length, null, null)).ToList();
        Assert.Equal(1_800, writes.Count);

        // One save (one transaction) of every cell: several Redis messages, since large batches go out in slices.
        await using (var scope = _a.Scope())
        {
            var outcome = await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(_a.Plan2013, writes, TestWriters.Admin("导入"));
            Assert.True(outcome.Ok);
        }

        var expected = JsonSerializer.Serialize(DashboardDto.From(_a.Plan2013.Current));
        await onB.DashboardAsync(d => JsonSerializer.Serialize(d) == expected);
        Assert.Equal(expected, JsonSerializer.Serialize(DashboardDto.From(_b.Plan2013.Current)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MissedChanges_AreReloadedFromTheDatabase_WhenTheRedisSubscriptionComesBack(DatabaseProvider db)
    {
        Start(db);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onB.SubscribeAsync(2013);
        // A figure committed without a message, as when a message is lost while an instance is cut off from Redis.
        await using (var scope = _a.Scope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            context.Figures.Add(new FigureRecord { Year = 2013, Kpi = Repairs, Division = "ancient-books", Month = 10, Value = 820, Version = 1, UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "古籍部" });
            await context.SaveChangesAsync();
        }

        await using (var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.Connection},allowAdmin=true"))
            await admin.GetServer(redis.Connection).ExecuteAsync("CLIENT", "KILL", "TYPE", "pubsub");

        await onB.DashboardAsync(d => d.Kpis.Single(k => k.Code == Repairs).Actual == 820);
        var saved = await onB.FigureAsync(f => f.Value == 820);
        Assert.Equal(StoreResync.By, saved.By);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SaveOnA_WhileRedisIsDown_ReachesBsHubClientsAndStore_OnceRedisIsBack(DatabaseProvider db)
    {
        Start(db);
        await using var onB = await HubListener.ConnectAsync(_b);
        await onB.SubscribeAsync(2013);
        await onB.UntilAsync(() => onB.RawDashboards.Count == 1);

        await redis.StopAsync();
        await _a.SaveAsync(Repairs, "ancient-books", 10, 820); // in the database and A's store; no message reaches B now
        Assert.Equal(820, _a.Plan2013.Current.Kpi(Repairs).Actual);
        await redis.StartAsync();

        // B's subscription comes back by itself (its reconnect back-off is seconds) and B reloads from the database.
        await onB.DashboardAsync(d => d.Kpis.Single(k => k.Code == Repairs).Actual == 820, TimeSpan.FromSeconds(60));
        Assert.Equal(820, _b.Plan2013.Current.Kpi(Repairs).Actual);
        await onB.FigureAsync(f => f.Value == 820);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes a test class through IAsyncLifetime or IDisposable, never through IAsyncDisposable: instances
    // left running would go on hearing the next tests' Redis messages.
    [Theory, OnSqlite, OnPostgres]
    public async Task AMessageThatArrivesLate_WithAnOlderFigure_IsCorrectedFromTheDatabase(DatabaseProvider db)
    {
        Start(db);
        await _b.SaveAsync(Repairs, "ancient-books", 10, 900); // the later commit, applied on B at once
        using var changes = _b.Services.GetRequiredService<PlanFeed>().SubscribeAll();

        // What B sees when the message about an earlier commit of the same cell (820, on another instance) is
        // delivered late: the bus keeps each publisher's order, not the order of commits across instances.
        await using var late = new RedisChangeBus(redis.Connection, NullLogger<RedisChangeBus>.Instance);
        await late.ConnectAsync(CancellationToken.None);
        await late.PublishAsync(new ChangeBatch(2013, [new FigureChange(2013, Repairs, "ancient-books", 10, 820, null, "古籍部", DateTimeOffset.UtcNow)]),
            CancellationToken.None);

        // B applies it as it comes, then reads the cell from the database and puts the stored figure back.
        await NextChangeAsync(changes, c => c.Value == 820 && c.By == "古籍部");
        await NextChangeAsync(changes, c => c.Value == 900 && c.Previous == 820 && c.By == StoreResync.By);
        Assert.Equal(900, _b.Plan2013.Read(l => l.Value(l.Plan.KpiIndex(Repairs), l.Plan.DivisionIndex("ancient-books"), 10)));
    }

    /// <summary>The year of the first reporting change another instance made, as the feed of this one carries it.</summary>
    private static async Task<int> HeardReportingAsync(PlanFeed.Subscription feed)
    {
        await foreach (var changed in feed.Reader.ReadAllAsync())
            if (changed is { Origin: ChangeOrigin.OtherInstance, Reporting: not null }) return changed.Year;
        throw new InvalidOperationException("The feed ended before a reporting change arrived.");
    }

    /// <summary>Reads the feed until a change to the repairs cell matches (other changes pass by).</summary>
    private static async Task NextChangeAsync(PlanFeed.Subscription feed, Func<FigureChange, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var changed = await feed.Reader.ReadAsync(timeout.Token);
            if (changed.Origin == ChangeOrigin.OtherInstance && changed.Changes.Any(c => c.Kpi == Repairs && match(c))) return;
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is null) return;
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        _database.Dispose();
    }
}
