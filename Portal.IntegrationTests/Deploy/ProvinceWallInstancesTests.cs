using System.Diagnostics;
using System.Globalization;
using Portal.IntegrationTests.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// The province wall across instances (ADR 044): the --demo-province portal on two instances behind the gateway; the
/// province's wall is open on B, and 杭州市西湖区图书馆's contribution to the joint target is saved through A. The
/// change reaches B over Redis as the county's, and B's wall, following every library below, shows the new total.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProvinceWallInstancesTests(BrowserFixture chromium, ITestOutputHelper output)
{
    private const string Events = "network.reading-events", Row = "joint.zjlib.network.reading-events";

    [ClusterFact]
    public async Task ACountysContributionSavedOnA_ReachesTheProvinceWallOnB()
    {
        await using var cluster = await PortalCluster.StartAsync("--demo", "--demo-province");
        var onA = await cluster.CookiesForAsync("A");
        var onB = await cluster.CookiesForAsync("B");
        var wall = await ClusterPage.WallAsync(chromium, cluster, onB, "page=province&year=2013&month=7");
        try
        {
            Assert.Equal("B", wall.StartedOn);
            var tile = wall.Page.Locator($"[data-joint='{Events}']");
            var before = double.Parse((await tile.GetAttributeAsync("data-actual"))!, CultureInfo.InvariantCulture);

            using var client = PortalCluster.Client(cluster.Gateway.Url, onA);
            await cluster.ApiTokenAsync("xh.admin"); // made before the clock starts: `token create` is a process of its own
            var saved = Stopwatch.GetTimestamp();
            // 西湖区's July: 60 events (the demo gave it a handful), entered on its own row by its admin.
            Assert.Equal("A", await cluster.PutAsync(client, 2013, Row, "events", 7, 60, library: "/l/xh-lib", user: "xh.admin"));

            await Expect(tile).Not.ToHaveAttributeAsync("data-actual", before.ToString(CultureInfo.InvariantCulture));
            output.WriteLine($"saved on A, province wall on B: shown {Stopwatch.GetElapsedTime(saved).TotalMilliseconds:F0} ms after the save");
            var after = double.Parse((await tile.GetAttributeAsync("data-actual"))!, CultureInfo.InvariantCulture);
            Assert.True(after > before, $"{before} → {after}");
            Assert.True(await wall.StillLoadedOnceAsync(), "the wall reloaded");
        }
        finally
        {
            await wall.Context.DisposeAsync();
        }
    }
}
