using Microsoft.Playwright;
using Portal.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// A joint target in a real browser (ADR 043), on --demo-province: 西湖区's admin enters July's reading-festival events
/// on the county's own row 省联合目标：…, and the province's KPI page, open meanwhile, shows the county's figure at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JointTargetBrowserTests(BrowserFixture chromium)
{
    private const string Row = "joint.zjlib.network.reading-events";

    [BrowserFact]
    public async Task ACountysContribution_ReachesTheProvincesKpiPage()
    {
        await using var portal = LivePortal.StartProvince();
        await using var provinceContext = await chromium.NewContextAsync();
        var province = await provinceContext.NewPageAsync();
        await province.SetViewportSizeAsync(1280, 1400);
        await portal.LoginAsync(province, PortalRoles.Admin);
        await province.GotoAsync(portal.Url("/kpi/network.reading-events?year=2013&month=7"));
        await Expect(province.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(province.Locator("[data-joint-missing]")).ToHaveAttributeAsync("data-joint-missing", "none");

        await using var countyContext = await chromium.NewContextAsync();
        var county = await countyContext.NewPageAsync();
        await county.SetViewportSizeAsync(1280, 900);
        await portal.SignInAtAsync(county, "/l/xh-lib/entry?division=events&month=7", "xh.admin", "demo-admin-2013");
        var row = county.Locator($"tr[data-row-kpi='{Row}']");
        await Expect(row.Locator("td.name")).ToContainTextAsync("省联合目标：未成年人读书节读书活动");

        // Nine events is three times the county's usual month: the plausibility check asks for a note first.
        await row.Locator("input").First.FillAsync("9");
        await county.ClickAsync("button[data-testid='entry-save']");
        await county.Locator($"[data-note='{Row}'] input, input[data-note='{Row}']").First.FillAsync("读书节少儿专场");
        await county.ClickAsync($"[data-confirm='{Row}']");
        await county.ClickAsync("button[data-testid='entry-save']");
        await Expect(county.Locator($"[data-changed-by='{Row}']")).Not.ToContainTextAsync("演示数据");
        await county.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("joint-county-entry-1280.png"), FullPage = true });

        await Expect(province.Locator("tr[data-joint-library='xh-lib'] td").Nth(2)).ToHaveTextAsync("9");
        await province.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("joint-province-kpi-1280.png"), FullPage = true });
    }
}
