using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Portal.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>The team leads' and director's pages in a real browser, with the demo data `--demo` gives.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalPagesBrowserTests(BrowserFixture chromium)
{
    private static readonly string[] Pages =
    [
        "/", "/kpi/circulation.loans", "/divisions", "/divisions/reader-services", "/plan", "/report",
        "/entry?year=2013&division=reader-services&month=10", "/periods", "/admin",
        "/reporting?month=10",
    ];

    [BrowserFact]
    public async Task EveryPage_WithDemoData_LoadsWithoutConsoleErrors()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Admin);

        foreach (var path in Pages)
        {
            await page.GotoAsync(portal.Url(path));
            await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            var name = path.Trim('/').Split('?')[0].Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath($"page-{(name.Length == 0 ? "overview" : name)}.png"), FullPage = true });
        }

        watch.AssertNoErrors();
    }

    [BrowserFact]
    public async Task Reporting_TeamLeadSubmitsOctober_TheBoardShowsItSubmitted()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.TeamLead, "reader-services");
        await page.GotoAsync(portal.Url("/reporting?year=2013&month=10"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-division]")).ToHaveCountAsync(1);

        await page.Locator("[data-action='submit']").ClickAsync();
        await page.Locator("[data-action='confirm-submit']").ClickAsync();

        await Expect(page.Locator("[data-division='reader-services']")).ToHaveAttributeAsync("data-state", "submitted");
        await Expect(page.Locator("[data-steps]")).ToContainTextAsync("提交");
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("reporting-lead-submitted.png"), FullPage = true });
        watch.AssertNoErrors();
    }

    [BrowserFact]
    public async Task Overview_ClickingAKpi_OpensItsDetail()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await portal.LoginAsync(page, PortalRoles.Director);
        await page.GotoAsync(portal.Url("/"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);

        await page.Locator("[data-kpi='lectures.high-end'] .kpi-name").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/kpi/lectures.high-end", StringComparison.Ordinal));
        await Expect(page.GetByText("中、高端讲座").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task FigureSavedThroughTheApi_ChangesOverviewAndDivisions_WithoutReload()
    {
        await using var portal = LivePortal.Start();
        await using var context = await chromium.NewContextAsync();
        var overview = await context.NewPageAsync();
        await portal.LoginAsync(overview, PortalRoles.Director);
        await overview.GotoAsync(portal.Url("/"));
        var divisions = await context.NewPageAsync();
        await divisions.GotoAsync(portal.Url("/divisions"));
        foreach (var page in new[] { overview, divisions })
        {
            await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
            await page.EvaluateAsync("() => window.notReloaded = true");
        }

        // 历史文献部 repaired 900 of 9,000 pages in January: 10.0%.
        using var api = new HttpClient { BaseAddress = new Uri(portal.Url("/")) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await portal.ApiTokenAsync());
        var put = await api.PutAsJsonAsync("/api/plans/2013/figures/ancient-books.repaired-pages/ancient-books/1", new { value = 900 });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        await Expect(overview.Locator("tr:has([data-kpi='ancient-books.repaired-pages'])")).ToContainTextAsync("900 页");
        await Expect(divisions.Locator("tr[data-kpi='ancient-books.repaired-pages'] td[data-division='ancient-books']")).ToHaveTextAsync("10.0%");
        foreach (var page in new[] { overview, divisions })
            Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
    }
}
