using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Support;
using Portal.Tests.Wall;
using Portal.Wall;

namespace Portal.Tests.Accessibility;

/// <summary>WCAG 2.2.2 on the wall: the rotation and the ticker can be paused and resumed; a burst is announced once.</summary>
public sealed class WallPauseTests : WallTestContext
{
    private IRenderedComponent<WallDisplay> RenderWall(string url = "/wall")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<WallDisplay>();
    }

    private static string Page(IRenderedComponent<WallDisplay> wall) => wall.Find(".wall").GetAttribute("data-page")!;

    [Fact]
    public async Task PauseButton_RotationHeldForMinutes_ResumeGivesAWholePeriodAgain()
    {
        LoadPlan();
        var wall = RenderWall();

        await wall.ClickAsync("[data-wall-pause]");
        Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("overview", Page(wall));
        Assert.Equal("true", wall.Find(".wall").GetAttribute("data-paused"));
        Assert.Contains("继续轮播", wall.Find("[data-wall-pause]").TextContent, StringComparison.Ordinal);

        await wall.ClickAsync("[data-wall-pause]");
        Clock.Advance(TimeSpan.FromSeconds(14));
        Assert.Equal("overview", Page(wall));
        Clock.Advance(TimeSpan.FromSeconds(1));
        wall.WaitForAssertion(() => Assert.Equal("sections", Page(wall)));
        Assert.Equal("false", wall.Find(".wall").GetAttribute("data-paused"));
    }

    [Fact]
    public void KioskAddress_PausedTrue_StartsHeld()
    {
        LoadPlan();
        var wall = RenderWall("/wall?paused=true&token=kiosk-123");

        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("overview", Page(wall));
        Assert.Contains("继续轮播", wall.Find("[data-wall-pause]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void StartPausedSetting_StartsHeld()
    {
        Settings.StartPaused = true;
        LoadPlan();
        var wall = RenderWall();

        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("overview", Page(wall));
    }

    [Fact]
    public void FigureBurst_AnnouncedOnceInThePoliteLiveRegion()
    {
        LoadPlan();
        var wall = RenderWall("/wall?page=overview");
        Assert.Single(wall.FindAll("[aria-live='polite']"));
        Assert.Equal("", wall.Find("[data-live-announcer]").TextContent.Trim());

        Store.Apply(2013, [Figure("circulation.loans", "reader-services", 10, 95_000), Figure("circulation.visits", "reader-services", 10, 80_000),
            Figure("circulation.loans", "reader-services", 9, 90_000)]);

        // Two KPIs in one burst: one sentence, at the time of the burst in the library's time zone (02:00 UTC = 10:00).
        wall.WaitForAssertion(() => Assert.Equal("10:00:00 已更新：2 项指标", wall.Find("[data-live-announcer]").TextContent.Trim()));
    }
}
