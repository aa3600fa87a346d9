using Portal.Data;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Hubs;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Live;

public sealed class HubBurstTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Burst_OfFiveThousandCommittedChanges_IsCoalesced_AndTheLastDashboardIsTheFinalState(DatabaseProvider db)
    {
        await using var portal = new PortalFactory(provider: db);
        await using var client = await HubListener.ConnectAsync(portal);
        await client.SubscribeAsync(2013);
        await client.UntilAsync(() => client.RawDashboards.Count == 1);
        var store = portal.Services.GetRequiredService<PlanStores>().Default;
        var interval = new LiveOptions().BroadcastInterval;

        // The store as the write path drives it after each committed save of an import run row by row.
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= 5_000; i++)
            store.Apply(2013, [new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", 10, i, i == 1 ? null : i - 1, "导入", DateTimeOffset.UtcNow)]);
        await client.DashboardAsync(d => d.Kpis.Single(k => k.Code == "ancient-books.repaired-pages").Actual == 5_000);
        var elapsed = clock.Elapsed;
        await client.FigureAsync(f => f.Value == 5_000);
        await client.UnsubscribeAsync(2014); // a round trip: whatever was sent before it has arrived

        var broadcasts = client.Dashboards.Skip(1).ToList();
        Assert.InRange(broadcasts.Count, 1, 3 + (int)(elapsed / interval));
        Assert.Equal(5_000, broadcasts[^1].Kpis.Single(k => k.Code == "ancient-books.repaired-pages").Actual);
        Assert.InRange(client.Figures.Count, 1, broadcasts.Count * new LiveOptions().FigureSavedPerBroadcast);
        Assert.Equal(5_000, client.Figures[^1].Value);
    }
}
