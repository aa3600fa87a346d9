using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts.Tokens;
using Portal.Data.Entities;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>A wall whose kiosk token is revoked goes dark with one message: no office chrome, no "实时" indicator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RevokedWallBrowserTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task Wall_TokenRevoked_ShowsOnlyTheFullScreenMessage()
    {
        await using var portal = LivePortal.Start();
        await using var context = await chromium.NewContextAsync();
        var wall = await context.NewPageAsync();
        var watch = new PageWatch(wall);
        await wall.GotoAsync(await portal.WallUrlAsync("page=overview"));
        await Expect(wall.Locator(".wall-root")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wall.Locator("#components-reconnect-modal")).ToHaveAttributeAsync("data-state", "connected");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();
            var kiosk = (await tokens.ListAsync(AccessTokenKind.Kiosk)).Single(t => t.Label == "浏览器测试大屏");
            Assert.True(await tokens.RevokeAsync(kiosk.Id, TestWriters.Admin("测试")));
        }

        // The circuit re-checks its user on an interval (PortalAuthenticationStateProvider), not at once.
        var message = wall.Locator("[data-kiosk-revoked]");
        await Expect(message).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(message).ToContainTextAsync("此大屏的访问令牌已被撤销");
        await Expect(wall.Locator(".mud-appbar, .mud-drawer, nav")).ToHaveCountAsync(0);
        await Expect(wall.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        await Expect(wall.Locator(".wall")).ToHaveCountAsync(0);
        var box = await message.BoundingBoxAsync();
        Assert.Equal((0, 0, 1920, 1080), ((int)box!.X, (int)box.Y, (int)box.Width, (int)box.Height));
        Assert.Equal("rgb(16, 20, 24)", await message.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await wall.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("wall-revoked.png") });
        watch.AssertNoErrors();
    }
}
