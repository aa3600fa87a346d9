using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Accounts;
using Portal.Data;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// The entry grid as staff use it, through a network with an 80 ms round trip: Ctrl+S saves on a desk screen, and on
/// a 390 px phone every KPI is a card with a full-width input and a message that reads as a sentence.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntryGridBrowserTests(BrowserFixture chromium)
{
    private const string Loans = "circulation.loans", Visits = "circulation.visits";
    private const string Entry = "/entry?year=2013&division=reader-services&month=10";

    [BrowserFact]
    public async Task CtrlS_AfterTyping_SavesTheGrid_AndKeepsTheBrowsersSaveDialogAway()
    {
        await using var portal = LivePortal.Start();
        await using var proxy = new DelayingProxy(portal.Port, TimeSpan.FromMilliseconds(40));
        await using var context = await chromium.NewContextAsync();
        var (page, watch) = await SignedInPage.OpenAsync(context, portal, proxy.Url(Entry), PortalRoles.Staff, "reader-services");
        await page.EvaluateAsync("() => window.addEventListener('keydown', e => { if (e.key === 's') window.saveKeyPrevented = e.defaultPrevented; })");

        await Expect(page.Locator(".entry-grid[data-keys='ready']")).ToHaveCountAsync(1); // the grid's script loads after the circuit

        await page.Locator($"[data-testid='entry-input-{Loans}']").FillAsync("98765");
        await page.Keyboard.PressAsync("Control+s");

        await Expect(page.Locator("[data-testid='entry-status']")).ToContainTextAsync("已保存 1 项");
        Assert.True(await page.EvaluateAsync<bool>("() => window.saveKeyPrevented === true"));
        Assert.Equal(98765, await StoredAsync(portal, Loans));
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("entry-1920-saved.png"), FullPage = true });
        watch.AssertNoErrors();
    }

    [BrowserFact]
    public async Task Phone390_EachKpiIsACard_WithAFullWidthInput_AndMessagesReadAsSentences()
    {
        await using var portal = LivePortal.Start();
        await using var proxy = new DelayingProxy(portal.Port, TimeSpan.FromMilliseconds(40));
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        var (page, watch) = await SignedInPage.OpenAsync(context, portal, proxy.Url(Entry), PortalRoles.Staff, "reader-services");

        await page.Locator($"[data-testid='entry-input-{Loans}']").FillAsync("-5");
        await page.Locator($"[data-testid='entry-input-{Visits}']").FillAsync("六万");
        await Expect(page.Locator($"[data-error='{Loans}']")).ToContainTextAsync("数值不能为负数");
        await Expect(page.Locator($"[data-error='{Visits}']")).ToContainTextAsync("请输入数字");

        foreach (var input in await page.Locator("input[data-kpi]").AllAsync())
        {
            var box = (await input.BoundingBoxAsync())!;
            Assert.True(box.Width >= 300, $"input {box.Width:0} px wide");
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"input from {box.X:0} to {box.X + box.Width:0} px");
        }
        foreach (var message in await page.Locator("[data-error]").AllAsync())
        {
            var box = (await message.BoundingBoxAsync())!;
            Assert.True(box.Width >= 300 && box.Height <= 40, $"message {box.Width:0}×{box.Height:0} px: wrapped into a column");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the page scrolls sideways");
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("entry-390-messages.png"), FullPage = true });
        watch.AssertNoErrors();
    }

    /// <summary>The figure stored for 读者服务部 in October 2013.</summary>
    internal static async Task<double> StoredAsync(LivePortal portal, string kpi)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Figures.AsNoTracking()
            .Where(f => f.Year == 2013 && f.Division == "reader-services" && f.Month == 10 && f.Kpi == kpi).Select(f => f.Value).SingleAsync();
    }
}
