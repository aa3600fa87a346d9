using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;
using Portal.Wall;

namespace Portal.Tests.Wall;

public sealed class WallDisplayTests : WallTestContext
{
    private IRenderedComponent<WallDisplay> RenderWall(string url = "/wall")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<WallDisplay>();
    }

    private static string Percent(IRenderedComponent<WallDisplay> wall, string kpi) =>
        wall.Find($"[data-kpi='{kpi}'] .kpi-percent").TextContent.Trim();

    [Fact]
    public void Tile_FigureSavedThroughFeed_ShowsNewCompletionAndHighlightsIt()
    {
        LoadPlan();
        Store.Apply(2013, [Figure("ancient-books.repaired-pages", "ancient-books", 9, 6_000)]);
        var wall = RenderWall("/wall?page=overview");
        Assert.Equal("66.7%", Percent(wall, "ancient-books.repaired-pages"));
        Assert.Empty(wall.FindAll("[data-kpi='ancient-books.repaired-pages'] .wall-flash"));

        Store.Apply(2013, [Figure("ancient-books.repaired-pages", "ancient-books", 10, 820)]);

        // 6,000 + 820 of 9,000 pages
        wall.WaitForAssertion(() => Assert.Equal("75.8%", Percent(wall, "ancient-books.repaired-pages")));
        Assert.NotEmpty(wall.FindAll("[data-kpi='ancient-books.repaired-pages'] .kpi-percent.wall-flash"));
        Assert.Empty(wall.FindAll("[data-kpi='circulation.loans'] .wall-flash"));
        Assert.Contains("历史文献部 · 10月 · 古籍修复 820页", wall.Find(".wall-ticker").TextContent);
    }

    [Fact]
    public void Tile_KpiRetiredWhileTheWallIsOpen_IsDimmedAndMarked已停用_NotJudged()
    {
        var state = LoadPlan();
        Store.Apply(2013, [Figure(Repaired, "ancient-books", 9, 1_000), Figure(Repaired, "ancient-books", 10, 100)]);
        var wall = RenderWall("/wall?page=overview");
        Assert.Equal("严重滞后", wall.Find($"[data-kpi='{Repaired}'] .kpi-status").TextContent.Trim());

        Store.Adopt(PlanRevisions.RetireKpi(state.Plan, Repaired, 10), new PlanRevision(state.Version + 1, "{}"), ChangeOrigin.ThisInstance);

        wall.WaitForAssertion(() => Assert.Equal("已停用", wall.Find($"[data-kpi='{Repaired}'] .kpi-status").TextContent.Trim()));
        var tile = wall.Find($"[data-kpi='{Repaired}']");
        Assert.Contains("kpi--retired", tile.ClassName);
        Assert.Equal("10", tile.GetAttribute("data-retired"));
        Assert.Equal("10 月起停用", tile.QuerySelector(".kpi-foot")!.TextContent.Trim());
        Assert.Equal("12.2%", Percent(wall, Repaired)); // its figures stay: 1,100 of 9,000 pages
        Assert.DoesNotContain("kpi--retired", wall.Find("[data-kpi='circulation.loans']").ClassName);
    }

    private const string Repaired = "ancient-books.repaired-pages";

    [Fact]
    public void Rotation_RotateSecondsPass_MovesThroughThePlaylistAndWrapsAround()
    {
        LoadPlan();
        var wall = RenderWall();
        Assert.Equal("overview", wall.Find(".wall").GetAttribute("data-page"));

        var expected = new[] { "sections", "divisions", "latest", "overview" };
        foreach (var page in expected)
        {
            Clock.Advance(TimeSpan.FromSeconds(15));
            wall.WaitForAssertion(() => Assert.Equal(page, wall.Find(".wall").GetAttribute("data-page")));
        }
    }

    [Fact]
    public void Rotation_LessThanRotateSeconds_StaysOnThePage()
    {
        LoadPlan();
        var wall = RenderWall();

        Clock.Advance(TimeSpan.FromSeconds(14));

        Assert.Equal("overview", wall.Find(".wall").GetAttribute("data-page"));
    }

    [Theory]
    [InlineData("sections", "[data-section='五']")]
    [InlineData("divisions", ".wall-empty")]
    [InlineData("latest", ".wall-empty")]
    public void PageQuery_PinsThePage_AndTimeDoesNotMoveIt(string page, string selector)
    {
        LoadPlan();
        var wall = RenderWall($"/wall?page={page}&token=kiosk-123");

        Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(page, wall.Find(".wall").GetAttribute("data-page"));
        Assert.NotNull(wall.Find(selector));
        Assert.Empty(wall.FindAll(".wall-pages"));
        Assert.Equal("kiosk-123", wall.Instance.Token);
    }

    [Fact]
    public void PageQuery_Unknown_Rotates()
    {
        LoadPlan();
        var wall = RenderWall("/wall?page=nonsense");

        Clock.Advance(TimeSpan.FromSeconds(15));

        wall.WaitForAssertion(() => Assert.Equal("sections", wall.Find(".wall").GetAttribute("data-page")));
    }

    [Fact]
    public void NoFigures_EveryTileSaysNoDataAndTheTickerIsEmpty()
    {
        LoadPlan();
        var wall = RenderWall("/wall?page=overview");

        var tiles = wall.FindAll(".kpi");
        Assert.Equal(10, tiles.Count);
        Assert.All(tiles, t => Assert.Equal("暂无数据", t.QuerySelector(".kpi-nodata")?.TextContent.Trim()));
        Assert.Contains("暂无新录入的数据", wall.Find(".wall-ticker").TextContent);
        Assert.Contains("暂无数据", wall.Find(".wall-asof").TextContent);
    }

    [Fact]
    public void NoPlan_SaysSoInsteadOfFailing()
    {
        var wall = RenderWall();

        Assert.Contains("尚未加载年度计划", wall.Find(".wall-empty").TextContent);
        Assert.Equal(0, Feed.SubscriberCount);
    }

    [Fact]
    public async Task Dispose_UnsubscribesFromTheFeed()
    {
        LoadPlan();
        RenderWall();
        Assert.Equal(1, Feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(0, Feed.SubscriberCount);
    }

    [Fact]
    public void Latest_FiguresSavedWhileOpen_AreListedNewestFirst()
    {
        LoadPlan();
        var wall = RenderWall("/wall?page=latest");

        Store.Apply(2013, [Figure("circulation.loans", "reader-services", 10, 95_000)]);
        Store.Apply(2013, [Figure("digitization.rubbings-gb", "digital", 10, 41.5)]);

        wall.WaitForAssertion(() => Assert.Equal(2, wall.FindAll("tbody tr").Count));
        var rows = wall.FindAll("tbody tr");
        Assert.Equal("digitization.rubbings-gb", rows[0].GetAttribute("data-kpi"));
        Assert.Contains("41.5 GB", rows[0].TextContent);
        Assert.Contains("9.5万册次", rows[1].TextContent);
    }
}
