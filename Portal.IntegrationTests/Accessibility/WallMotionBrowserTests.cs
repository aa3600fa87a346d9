using Microsoft.Playwright;
using Portal.IntegrationTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Accessibility;

/// <summary>The wall in Chromium: P pauses and resumes the rotation and the ticker; reduced motion stops the ticker.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallMotionBrowserTests(BrowserFixture chromium)
{
    private static async Task<IPage> OpenWallAsync(IBrowserContext context, LivePortal portal)
    {
        var wall = await context.NewPageAsync();
        await wall.GotoAsync(await portal.WallUrlAsync("year=2013"));
        await Expect(wall.Locator(".wall-root")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wall.Locator("#components-reconnect-modal")).ToHaveAttributeAsync("data-state", "connected");
        return wall;
    }

    private static Task<string> TickerAsync(IPage wall, string property) =>
        wall.Locator(".ticker-track").EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    [BrowserFact]
    public async Task KeyP_PausesRotationAndTicker_AndResumesThem()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        var wall = await OpenWallAsync(context, portal);
        Assert.Equal("running", await TickerAsync(wall, "animationPlayState"));

        await wall.Keyboard.PressAsync("p");

        await Expect(wall.Locator(".wall")).ToHaveAttributeAsync("data-paused", "true");
        await Expect(wall.Locator("[data-wall-pause]")).ToContainTextAsync("继续轮播");
        await Expect(wall.Locator(".wall-turn")).ToHaveCountAsync(0);
        Assert.Equal("paused", await TickerAsync(wall, "animationPlayState"));
        await wall.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("wall-paused.png") });

        await wall.Keyboard.PressAsync("Space");

        await Expect(wall.Locator(".wall")).ToHaveAttributeAsync("data-paused", "false");
        Assert.Equal("running", await TickerAsync(wall, "animationPlayState"));
    }

    [BrowserFact]
    public async Task ReducedMotion_TickerDoesNotScroll()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        var wall = await OpenWallAsync(context, portal);
        Assert.StartsWith("ticker-scroll", await TickerAsync(wall, "animationName")); // scoped CSS suffixes the keyframes

        await wall.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });

        Assert.Equal("none", await TickerAsync(wall, "animationName"));
        Assert.Equal("none", await TickerAsync(wall, "transform"));
        await wall.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("wall-reduced-motion.png") });
    }
}
