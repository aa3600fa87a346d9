using Xunit.Abstractions;
using Portal.IntegrationTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// Issue 14 part 4, through the gateway with real processes: walls and overview pages on instances A and B,
/// A killed with SIGKILL, a figure saved while it is down; the pages that were on A come back on B by themselves
/// with the current figures, those on B never notice, and A takes new sessions again once restarted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LosingAnInstanceTests(BrowserFixture chromium, ITestOutputHelper output)
{
    private const string Repairs = SeveralInstancesTests.Repairs;

    [ClusterFact]
    public async Task InstanceKilled_ItsPagesMoveToTheOtherByThemselves_AndTheOthersNeverNotice()
    {
        await using var cluster = await PortalCluster.StartAsync();
        var onA = await cluster.CookiesForAsync("A");
        var onB = await cluster.CookiesForAsync("B");
        var pages = new List<ClusterPage>
        {
            await ClusterPage.WallAsync(chromium, cluster, onA), await ClusterPage.WallAsync(chromium, cluster, onA),
            await ClusterPage.OverviewAsync(chromium, cluster, onA),
            await ClusterPage.WallAsync(chromium, cluster, onB), await ClusterPage.WallAsync(chromium, cluster, onB),
            await ClusterPage.OverviewAsync(chromium, cluster, onB),
        };
        try
        {
            Assert.Equal(["A", "A", "A", "B", "B", "B"], pages.Select(p => p.StartedOn));
            await cluster.ApiTokenAsync(); // made before A goes: the command runs on A's side of the test

            cluster.A.Kill();
            await cluster.UntilAvailableAsync("A", false);
            using var api = PortalCluster.Client(cluster.Gateway.Url);
            Assert.Equal("B", await cluster.PutAsync(api, 2013, Repairs, "ancient-books", 12, 779));
            var total = await SeveralInstancesTests.OverviewTotalAsync(api, await cluster.ApiTokenAsync());

            // No one touches the pages: those of A reconnect, are refused by B (it never had their circuits),
            // reload through the gateway, land on B and show the figure saved while A was down.
            foreach (var page in pages)
            {
                await page.ExpectFigureAsync("历史文献部 · 12月 · 古籍修复 779页", total, 90_000);
                await Expect(page.Page.Locator("dialog[open]")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
                output.WriteLine($"{page}: {page.Watch.Navigations - page.NavigationsAtStart} page loads since the start");
            }
            foreach (var page in pages.Where(p => p.StartedOn == "A"))
            {
                Assert.Equal("B", page.ServedBy);
                Assert.False(await page.StillLoadedOnceAsync(), $"{page} shows the new figure without having moved");
            }
            foreach (var page in pages.Where(p => p.StartedOn == "B"))
            {
                Assert.True(await page.StillLoadedOnceAsync(), $"{page} reloaded");
                Assert.Equal(page.NavigationsAtStart, page.Watch.Navigations);
                Assert.Equal("B", page.ServedBy);
            }

            // A comes back: new sessions go to it again (round-robin) and it shows the current figures.
            await cluster.A.StartAsync();
            await cluster.UntilAvailableAsync("A", true);
            ClusterPage? fresh = null;
            for (var attempt = 0; attempt < 4 && fresh?.StartedOn != "A"; attempt++)
            {
                if (fresh is not null) await fresh.Context.DisposeAsync();
                fresh = await ClusterPage.WallAsync(chromium, cluster, cookies: null);
            }
            Assert.Equal("A", fresh!.StartedOn);
            pages.Add(fresh);
            await fresh.ExpectFigureAsync("历史文献部 · 12月 · 古籍修复 779页", total, 20_000);
            foreach (var page in pages.Where(p => p.StartedOn == "B")) Assert.True(await page.StillLoadedOnceAsync(), $"{page} reloaded");
        }
        finally
        {
            foreach (var page in pages) await page.Context.DisposeAsync();
        }
    }
}
