using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Accounts;
using Portal.Data.Entities;
using Portal.IntegrationTests.Accessibility;
using Portal.Libraries;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// /admin → 图书馆 in a real browser, wide and on a phone: the tree, axe on the tab and on the confirmation, focus back
/// on the button when the confirmation is dismissed, no sideways scroll, and a library added and removed in one circuit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LibrariesAdminBrowserTests(BrowserFixture chromium)
{
    [BrowserTheory]
    [InlineData(1920, 1080)]
    [InlineData(390, 844)]
    public async Task LibrariesTab_AddConfirmRemove_IsAccessibleAndKeepsFocus(int width, int height)
    {
        await using var portal = LivePortal.Start(demo: true);
        await AddAsync(portal, "hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib");
        await AddAsync(portal, "xh-lib", "杭州市西湖区图书馆", LibraryLevel.County, "hz-lib");
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Admin);
        await AxePortal.OpenAsync(page, portal.Url("/admin"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "图书馆" }).ClickAsync();

        await Expect(page.Locator("[data-library]")).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-library='xh-lib']")).ToContainTextAsync("杭州图书馆");
        var failing = (await AxeCheck.RunAsync(page, $"admin libraries {width}")).Failing.ToList();
        if (width < 400)
        {
            var size = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
            Assert.True(size[0] <= size[1], $"{size[0]} px wide in a {size[1]} px window");
        }
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath($"admin-libraries-{width}.png"), FullPage = true });

        var remove = page.Locator("[data-library='xh-lib'] [data-action='remove']");
        await remove.ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("删除杭州市西湖区图书馆（xh-lib）？");
        failing.AddRange((await AxeCheck.RunAsync(page, $"admin libraries remove dialog {width}")).Failing);
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(remove).ToBeFocusedAsync();

        await page.FillAsync("input[data-field='code'], [data-field='code'] input", "sx-lib");
        await page.FillAsync("input[data-field='name'], [data-field='name'] input", "绍兴图书馆");
        await page.FillAsync("input[data-field='admin'], [data-field='admin'] input", "sx.first");
        await page.ClickAsync("[data-action='add-library']");
        await Expect(page.Locator("[data-library-message]")).ToContainTextAsync("已添加图书馆绍兴图书馆（sx-lib）");
        await Expect(page.Locator("[data-secret] code")).ToHaveCountAsync(1);
        if (width > 1000) await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("admin-libraries-added.png"), FullPage = true });

        await page.ClickAsync("[data-library='sx-lib'] [data-action='remove']");
        await page.Locator(".mud-dialog button", new() { HasText = "删除" }).ClickAsync();
        await Expect(page.Locator("[data-library='sx-lib']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-library-message]")).ToContainTextAsync("已删除绍兴图书馆。");
        await Expect(page.Locator(".status-message")).ToBeFocusedAsync();
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
        watch.AssertNoErrors();
    }

    private static async Task AddAsync(LivePortal portal, string code, string name, LibraryLevel level, string parent)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<LibraryAdmin>().AddAsync(code, name, level, parent, $"{code}.admin",
            global::Portal.Tests.Support.TestWriters.Admin("测试"));
        Assert.True(added.Succeeded, string.Join(" ", added.Errors));
    }
}
