using Microsoft.Playwright;
using Portal.Accounts;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Support.TwoYears;

namespace Portal.IntegrationTests.Browser;

/// <summary>The KPI page with two plan years in a real browser: 2014 continuing 2013 (see <see cref="TwoYears"/>).</summary>
[Collection(BrowserCollection.Name)]
public sealed class KpiYearOverYearBrowserTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task KpiPage_TwoYears_ComparesWithLastYearAndUpdatesLive()
    {
        var planFile = WritePlan2014();
        try
        {
            await using var portal = LivePortal.Start(demo: false, "seeds/plan-2013.json", planFile);
            foreach (var f in Figures2013) await portal.SaveAsync(2013, f.Kpi, f.Division, f.Month, f.Value);
            foreach (var f in Figures2014) await portal.SaveAsync(2014, f.Kpi, f.Division, f.Month, f.Value);
            await using var context = await chromium.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.SetViewportSizeAsync(1600, 1000);
            var watch = new PageWatch(page);
            await portal.LoginAsync(page, PortalRoles.Director);

            await page.GotoAsync(portal.Url($"/kpi/{Visits}"));
            await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);

            var lastYear = page.Locator("[data-figure='previous-year']");
            await Expect(lastYear).ToContainTextAsync("2013年同期（截至 3 月）");
            await Expect(lastYear.Locator("[data-yoy]")).ToHaveTextAsync("1、3 月同比 ↑ +10.0%");
            await Expect(lastYear.Locator("[data-yoy-last]")).ToHaveTextAsync("去年 1、3 月 170,000 人次");
            await Expect(page.Locator("[data-chart='progress']")).ToContainTextAsync("2013年累计");
            await Expect(page.Locator("[data-chart='monthly-two-years']")).ToContainTextAsync("2014年");
            await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("kpi-two-years.png"), FullPage = true });

            // February 2014 comes in late (66,000): all three months compare now, 253,000 against 230,000, still +10%.
            // Then March is corrected down to 77,000: 231,000 against 230,000 = +0.4%.
            await portal.SaveAsync(2014, Visits, "reader-services", 2, 66_000);
            await Expect(lastYear.Locator("[data-yoy-months]")).ToHaveCountAsync(0);
            await Expect(lastYear.Locator("[data-yoy-last]")).ToHaveTextAsync("去年同期 230,000 人次");
            await portal.SaveAsync(2014, Visits, "reader-services", 3, 77_000);
            await Expect(lastYear.Locator("[data-yoy]")).ToHaveTextAsync("↑ +0.4%");

            // The same KPI in 2013 has no 2012 to compare with.
            await page.GotoAsync(portal.Url($"/kpi/{Visits}?year=2013"));
            await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-figure='actual']")).ToHaveTextAsync("230,000 人次");
            await Expect(page.Locator("[data-figure='previous-year']")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-chart='monthly-by-division']")).ToHaveCountAsync(1);
            watch.AssertNoErrors();
        }
        finally
        {
            File.Delete(planFile);
        }
    }
}
