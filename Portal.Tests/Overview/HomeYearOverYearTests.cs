using Bunit;
using Portal.Overview;
using Portal.Tests.Support;
using static Portal.Tests.Support.TwoYears;

namespace Portal.Tests.Overview;

/// <summary>The overview's 同比 column with the 2014 plan continuing 2013's (see <see cref="TwoYears"/>), as of March 2014.</summary>
public sealed class HomeYearOverYearTests : PageTestContext
{
    private static string Cell(IRenderedComponent<Home> cut, string selector, string kpi) =>
        cut.Find($"[{selector}='{kpi}']").TextContent.Trim();

    [Fact]
    public void KpiTable_TwoYears_ShowsLastYearsSameMonthAndTheChangeWithAnArrow()
    {
        UseTwoYears();

        var cut = Render<Home>();

        // 187,000 against 170,000 (Jan + Mar): the figure beside the change is the one it was computed from (ADR 026).
        Assert.Equal("1、3 月同比 ↑ +10.0%", Cell(cut, "data-yoy", Visits));
        Assert.Equal("去年 1、3 月 170,000 人次", Cell(cut, "data-yoy-last", Visits));
        Assert.Equal("↓ -10.0%", Cell(cut, "data-yoy", Loans));              // 135,000 against 150,000
        Assert.Equal("↑ +5.0%", Cell(cut, "data-yoy", Cards));               // 288,645 against 274,900
        Assert.Equal("无法比较", Cell(cut, "data-yoy", Lectures));             // 2013 had 2, 2014 none yet
        Assert.Equal("去年同期 2 场", Cell(cut, "data-yoy-last", Lectures));
        Assert.Contains("yoy--up", cut.Find($"[data-yoy='{Visits}']").ClassName);
        Assert.Contains("yoy--down", cut.Find($"[data-yoy='{Loans}']").ClassName);
    }

    [Fact]
    public void KpiTable_StockWithOpening_ShowsTheLevelAndTheGain()
    {
        UseTwoYears();

        var cut = Render<Home>();

        // 288,645 cards against 285,000 at the start of 2014: 3,645 of the 25,000 new cards planned.
        Assert.Equal("本年新增 3,645 / 25,000", Cell(cut, "data-gain", Cards));
        var row = cut.FindAll("tr").First(tr => tr.QuerySelector($"td[data-kpi='{Cards}']") is not null);
        Assert.Equal("14.6%", row.QuerySelector(".pace-bar__label")!.TextContent.Trim());  // 3,645 / 25,000
    }

    [Fact]
    public async Task KpiTable_SortedByChange_PutsTheBiggestRiseFirst()
    {
        UseTwoYears();
        var cut = Render<Home>();

        await cut.ClickAsync("[data-sort='yoy']");
        await cut.ClickAsync("[data-sort='yoy']");  // descending

        var codes = cut.FindAll("td[data-kpi]").Select(td => td.GetAttribute("data-kpi")).Take(3).ToList();
        Assert.Equal([Visits, Cards, Loans], codes);
    }

    [Fact]
    public void KpiTable_OnlyOneYear_HasNoYearOverYearColumn()
    {
        UseStore();

        var cut = Render<Home>();

        Assert.Empty(cut.FindAll("[data-sort='yoy']"));
        Assert.Empty(cut.FindAll("[data-yoy]"));
    }
}
