using Microsoft.Playwright;
using Portal.Tests.Support.Reporting;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// The review chain in a real browser on the --demo-province portal (ADR 042): 杭州市西湖区图书馆's April is reviewed
/// inside the library, 杭州图书馆's admin reviews it under 下级馆报送, the province's admin reviews it, and the county's
/// board says 省馆已审核, its own send-back disabled with the reason; the province's wall, open on the TV from the start,
/// counts the county as reported as soon as it submits. Screenshots of the boards and the wall in TestResults/screenshots/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewChainBrowserTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task ACountysMonth_IsReviewedByItsCity_ThenByTheProvince_AndTheProvinceWallFollows()
    {
        await using var portal = LivePortal.StartProvince();
        // The province's wall on the TV, held on its roll-up of April (ADR 044), open before the county submits.
        await using var wallContext = await chromium.NewContextAsync();
        var wall = await wallContext.NewPageAsync();
        await wall.SetViewportSizeAsync(1920, 1080);
        await wall.GotoAsync(await portal.WallUrlAsync("page=province&year=2013&month=4"));
        await Expect(wall.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        var reporting = wall.Locator("[data-reporting]");
        await Expect(reporting).ToHaveAttributeAsync("data-libraries-reported", "0");
        await Expect(wall.Locator("[data-who='Late'] dd")).ToContainTextAsync("杭州市西湖区图书馆");

        await ChainProvince.CompleteInsideAsync(portal.Services, "xh-lib"); // 西湖区's divisions submit April, its director reviews

        await Expect(reporting).ToHaveAttributeAsync("data-libraries-reported", "1");
        await Expect(wall.Locator("[data-who='Late'] dd")).Not.ToContainTextAsync("杭州市西湖区图书馆");
        await wall.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("province-wall-1920.png") });

        await using var cityContext = await chromium.NewContextAsync();
        var city = await SignInAsync(cityContext, portal, "hz.admin", "demo-admin-2013", "/l/hz-lib/reporting?month=4");
        var row = city.Locator("[data-chain-below] tr[data-library='xh-lib']");
        await Expect(row).ToContainTextAsync("待市馆审核");
        await city.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("chain-city-board-1280.png"), FullPage = true });
        await row.Locator("[data-action='chain-review']").ClickAsync();
        await Expect(city.Locator("[data-chain-message]")).ToContainTextAsync("已审核通过杭州市西湖区图书馆 4 月的报送");
        await Expect(row).ToContainTextAsync("市馆已审核，待省馆审核");
        await Expect(row.Locator("[data-action='chain-review']")).ToHaveCountAsync(0);

        await using var provinceContext = await chromium.NewContextAsync();
        var province = await SignInAsync(provinceContext, portal, "admin", "demo-admin-2013", "/reporting?year=2013&month=4");
        var county = province.Locator("[data-chain-below] tr[data-library='xh-lib']");
        await Expect(county).ToContainTextAsync("市馆已审核，待省馆审核");
        await county.Locator("[data-action='chain-review']").ClickAsync();
        await Expect(county).ToContainTextAsync("省馆已审核");
        await province.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("chain-province-board-1280.png"), FullPage = true });

        await using var countyContext = await chromium.NewContextAsync();
        var own = await SignInAsync(countyContext, portal, "xh.admin", "demo-admin-2013", "/l/xh-lib/reporting?month=4");
        await Expect(own.Locator("[data-chain-own]")).ToContainTextAsync("本馆 4 月报送：省馆已审核");
        // Reviewed by the province: the county's own send-back is disabled, and says who may send it back.
        await Expect(own.Locator("[data-action='return']").First).ToBeDisabledAsync();
        await Expect(own.Locator("[data-held-above]").First).ToContainTextAsync("本月已经浙江图书馆审核通过，如需修改，请浙江图书馆退回。");
        await own.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("chain-county-board-1280.png"), FullPage = true });
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, LivePortal portal, string user, string password, string path)
    {
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(portal.Url("/login"));
        await page.FillAsync("input[name='Input.UserName']", user);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("form[data-login-form] button[type='submit']");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync(portal.Url(path));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        return page;
    }
}
