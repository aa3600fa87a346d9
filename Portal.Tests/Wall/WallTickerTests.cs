using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Live;
using Portal.Plans;
using Portal.Wall;

namespace Portal.Tests.Wall;

/// <summary>The ticker says what the figures are now, one line a cell, and who entered them by name.</summary>
public sealed class WallTickerTests : WallTestContext
{
    private const string Repaired = "ancient-books.repaired-pages";
    private static readonly DateTimeOffset Morning = new(2013, 10, 31, 1, 0, 0, TimeSpan.Zero);

    private static FigureChange By(string login, int minute, string kpi, string division, int month, double value, double? previous) =>
        new(2013, kpi, division, month, value, previous, login, Morning.AddMinutes(minute));

    private IRenderedComponent<WallDisplay> RenderWall(string page)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/wall?page={page}");
        return Render<WallDisplay>();
    }

    [Fact]
    public void Ticker_SixCorrectionsOfOneCell_IsOneLineWithTheLatestValueAndTheDisplayName()
    {
        People.Names["wangfang"] = "王芳";
        People.Names["lihua"] = "李华";
        LoadPlan();
        Store.Apply(2013, [By("lihua", 0, "circulation.loans", "reader-services", 10, 95_000, null)]);
        var wall = RenderWall("overview");

        // 王芳 types October's repaired pages and corrects them five times: 800, 820, 802, 812, 821, then 826.
        double? previous = null;
        var minute = 1;
        foreach (var value in new double[] { 800, 820, 802, 812, 821, 826 })
        {
            Store.Apply(2013, [By("wangfang", minute++, Repaired, "ancient-books", 10, value, previous)]);
            previous = value;
        }

        wall.WaitForAssertion(() => Assert.Contains("826页", wall.Find(".wall-ticker").TextContent));
        var lines = wall.FindAll(".ticker-item:not([aria-hidden])").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["历史文献部 · 10月 · 古籍修复 826页 · 王芳", "读者服务部 · 10月 · 外借文献 9.5万册次 · 李华"], lines);
        Assert.DoesNotContain("wangfang", wall.Find(".wall-ticker").TextContent);
    }

    [Fact]
    public void Latest_ChangesReadAtStartUp_ShowDisplayNames_AndALoginWithoutOneAsItIs()
    {
        People.Names["wangfang"] = "王芳";
        LoadPlan();
        Store.Apply(2013, [By("wangfang", 0, Repaired, "ancient-books", 10, 820, null)]);
        Store.Apply(2013, [By("ils-feed", 1, "circulation.loans", "reader-services", 10, 95_000, null)]);

        var wall = RenderWall("latest");

        var by = wall.FindAll("tbody td.by").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["ils-feed", "王芳"], by);
    }
}
