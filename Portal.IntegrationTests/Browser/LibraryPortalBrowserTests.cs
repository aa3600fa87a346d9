using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// A county library's own portal in a real browser (ADR 039), as --demo-province makes it: its admin signs in at its
/// address, sees its plan, and every link and live page stays under /l/xh-lib/; a figure saved there reaches its
/// overview and not the province's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LibraryPortalBrowserTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task ACountyAdmin_WorksInTheirLibrarysPortal_AndItsLinksStayThere()
    {
        await using var portal = LivePortal.StartProvince();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1920, 1080);

        await portal.SignInAtAsync(page, "/l/xh-lib/", "xh.admin", "demo-admin-2013");
        Assert.EndsWith("/l/xh-lib/", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("main")).ToContainTextAsync("外借图书");
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("library-county-overview-1920.png"), FullPage = true });

        var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
        Assert.DoesNotContain(hrefs, h => h.StartsWith('/') && !h.StartsWith("/l/xh-lib/", StringComparison.Ordinal));

        await page.Locator("a[href^='/l/xh-lib/kpi/lending.loans']").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/l/xh-lib/kpi/lending.loans", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToContainTextAsync("外借图书");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(portal.Url("/l/xh-lib/entry"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("library-county-entry-390.png"), FullPage = true });

        var provinceLoans = portal.Services.GetRequiredService<Portal.Live.PlanStores>().Default.Find(2013)!.Current.Kpi("circulation.loans").Actual;
        var county = portal.Services.GetRequiredService<Portal.Live.PlanStores>().All.Single(s => s.Plans.Any(p => p.Plan.Title.Contains("西湖区", StringComparison.Ordinal)));
        Assert.NotEqual(0, county.Find(2013)!.Current.Kpi("lending.loans").Actual);
        Assert.Equal(provinceLoans, portal.Services.GetRequiredService<Portal.Live.PlanStores>().Default.Find(2013)!.Current.Kpi("circulation.loans").Actual);
    }
}
