using Microsoft.Playwright;
using Portal.IntegrationTests.Accessibility;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// 各馆汇总 in a real browser on the demo province (ADR 041): the province's admin finds it in the menu, picks 2013 and
/// a month and sees every library, with no axe violation; a county's admin is told the page is not for their
/// library. Screenshots at 1920×1080 and 390 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProvincePageBrowserTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task TheProvincesAdmin_OpensTheRollUpFromTheMenu_AndPicksAYearAndMonth()
    {
        await using var portal = LivePortal.StartProvince();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1920, 1080);
        await SignInAsync(page, portal, "/", "admin");

        await page.Locator("nav a[href^='/province']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/province", StringComparison.Ordinal));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await page.GotoAsync(portal.Url("/province?year=2013&month=9"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-standing]")).ToHaveCountAsync(7);
        await Expect(page.Locator("[data-reporting-summary]")).ToContainTextAsync("9 月");
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("province-2013-09-1920.png"), FullPage = true });
        var axe = await AxeCheck.RunAsync(page, "admin /province?year=2013&month=9");
        Assert.True(axe.Failing.Count == 0, string.Join(Environment.NewLine, axe.Failing));
        Assert.True(axe.Moderate.Count == 0, string.Join(Environment.NewLine, axe.Moderate));

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("province-2013-09-390.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task ACountysAdmin_IsToldThePageIsForProvinceAndCityLibraries()
    {
        await using var portal = LivePortal.StartProvince();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await SignInAsync(page, portal, "/l/xh-lib/", "xh.admin");

        await page.GotoAsync(portal.Url("/l/xh-lib/province"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-province-not-here]")).ToContainTextAsync("本页面供省级和市级图书馆使用");
        await Expect(page.Locator("nav a[href^='/l/xh-lib/province']")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("province-county-390.png"), FullPage = true });
    }

    private static async Task SignInAsync(IPage page, LivePortal portal, string path, string user)
    {
        await page.GotoAsync(portal.Url(path));
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.FillAsync("input[name='Input.UserName']", user);
        await page.FillAsync("input[name='Input.Password']", "demo-admin-2013");
        await page.ClickAsync("form[data-login-form] button[type='submit']");
        await page.WaitForURLAsync(url => url.EndsWith(path, StringComparison.Ordinal));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
    }
}
