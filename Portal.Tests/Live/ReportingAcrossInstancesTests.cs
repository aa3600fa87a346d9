using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Live;
using Portal.Live.Instances;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

/// <summary>
/// A reporting change (a submission) travels as a change record of the feed: to a page following the year on the
/// instance that made it, and through the relay to a page on another instance (ADR 030). In-process network, as in
/// <see cref="TwoInstanceTests"/>; RedisInstanceTests covers the same over Redis.
/// </summary>
public sealed class ReportingAcrossInstancesTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private InstanceFactory _a = null!;
    private InstanceFactory _b = null!;

    [Fact(Skip = "Times out on instance B: the submission does not reach the second in-process instance yet; to investigate (ADR 030)")]
    public async Task Submission_OnInstanceA_ReachesAPageFollowing2013OnBothInstances()
    {
        _database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var network = new InProcessChangeNetwork();
        _a = new InstanceFactory(_database, new Dictionary<string, string>(), s => s.AddSingleton(network));
        _b = new InstanceFactory(_database, new Dictionary<string, string>(), s => s.AddSingleton(network));
        _ = _a.Server;
        _ = _b.Server;
        var (onA, heardOnA) = Follow2013(_a);
        var (onB, heardOnB) = Follow2013(_b);
        await using (onA)
        await using (onB)
        {
            await _a.CreateUserAsync("lead.rs", PortalRoles.TeamLead, "reader-services");
            using var lead = _a.CreateBearerClient(await _a.CreateApiTokenAsync("lead.rs"));

            using var submitted = await lead.PostAsJsonAsync("/api/plans/2013/reporting/reader-services/5/submit", new { reason = "5 月数据下月补报" });

            Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
            Assert.Equal(ChangeOrigin.ThisInstance, (await ReportingAsync(heardOnA)).Origin);
            Assert.Equal(ChangeOrigin.OtherInstance, (await ReportingAsync(heardOnB)).Origin);
        }
    }

    /// <summary>A page on an instance following 2013, as the pages do (LivePlan), recording what it is handed.</summary>
    private static (LivePlan Page, ChannelReader<PlanChanged> Heard) Follow2013(InstanceFactory instance)
    {
        var heard = Channel.CreateUnbounded<PlanChanged>();
        var page = new LivePlan(instance.Services.GetRequiredService<PlanStore>(), instance.Services.GetRequiredService<PlanFeed>(),
            run => run(), change => heard.Writer.WriteAsync(change).AsTask(), () => { });
        page.Follow(2013);
        return (page, heard.Reader);
    }

    /// <summary>The first submission the page was handed (figure changes and the reporting state's reload pass by).</summary>
    private static async Task<PlanChanged> ReportingAsync(ChannelReader<PlanChanged> heard)
    {
        using var timeout = new CancellationTokenSource(HubListener.Timeout);
        while (true)
        {
            var change = await heard.ReadAsync(timeout.Token);
            if (change is { Year: 2013, Reporting: ReportingChange.Submitted }) return change;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is null) return;
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        _database.Dispose();
    }
}
