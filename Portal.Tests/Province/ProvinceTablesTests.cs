using Bunit;
using Portal.Province;
using Portal.Tests.Support;

namespace Portal.Tests.Province;

/// <summary>What the province page's two tables say about <see cref="SmallProvince"/>, in Chinese, checked by hand.</summary>
public sealed class ProvinceTablesTests : PageTestContext
{
    private static readonly ProvinceView View = ProvinceRollup.Of(2013, SmallProvince.Month, SmallProvince.Libraries());

    private static string Cell(IRenderedComponent<ProvinceStandingsTable> cut, string code, string cell) =>
        cut.Find($"[data-standing='{code}'] [{cell}]").TextContent.Trim();

    [Fact]
    public void Standings_RankMediansAndComparisons_InPercentagePoints()
    {
        var cut = Render<ProvinceStandingsTable>(p => p.Add(t => t.View, View));

        Assert.Equal(["xh-lib", "yz-lib", "zjlib", "hz-lib", "yh-lib", "nb-lib", "cx-lib"], cut.FindAll("[data-standing]").Select(r => r.GetAttribute("data-standing")));
        Assert.Equal("1", Cell(cut, "xh-lib", "data-rank"));
        Assert.Equal("66.3%", Cell(cut, "xh-lib", "data-completion")); // 66.25% rounded half away from zero
        Assert.Equal("+14.4 个百分点", Cell(cut, "xh-lib", "data-vs-peers")); // 66.25 − 51.875 (the counties' median)
        Assert.Equal("+11.3 个百分点", Cell(cut, "xh-lib", "data-vs-all")); // 66.25 − 55
        Assert.Equal("50.0% → +16.3 个百分点", Cell(cut, "xh-lib", "data-vs-last-year"));
        Assert.Equal("−26.5 个百分点", Cell(cut, "cx-lib", "data-vs-peers")); // 25.417 − 51.875
        Assert.Equal("无去年数据", Cell(cut, "cx-lib", "data-vs-last-year"));
        Assert.Equal("本月未报齐", cut.Find("[data-standing='cx-lib'] [data-not-reported]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-standing='xh-lib'] [data-not-reported]"));
        Assert.Equal("全体中位数：55.0%（7 个馆中覆盖 7 个，其中 2 个本月未报齐）", cut.Find("[data-median='all']").TextContent.Trim());
        Assert.Equal("县级中位数：51.9%（4 个馆中覆盖 4 个，其中 2 个本月未报齐）", cut.Find("[data-median='County']").TextContent.Trim());
        Assert.Equal("市级中位数：46.9%（2 个馆中覆盖 2 个，其中 0 个本月未报齐）", cut.Find("[data-median='City']").TextContent.Trim());
    }

    [Fact]
    public void Standings_ALibraryWithoutAPlan_IsListedLast_AndTheMedianSaysItIsNotCounted()
    {
        var libraries = SmallProvince.Libraries().Select(l => l.Code == "nb-lib" ? l with { Evaluation = null, Reporting = MonthReporting.None } : l).ToList();

        var cut = Render<ProvinceStandingsTable>(p => p.Add(t => t.View, ProvinceRollup.Of(2013, SmallProvince.Month, libraries)));

        Assert.Equal("nb-lib", cut.FindAll("[data-standing]").Last().GetAttribute("data-standing"));
        Assert.Equal(("—", "无计划"), (Cell(cut, "nb-lib", "data-rank"), Cell(cut, "nb-lib", "data-completion")));
        Assert.Equal("全体中位数：56.9%（7 个馆中覆盖 6 个，其中 2 个本月未报齐）；1 个馆没有 2013 年计划，不计入", cut.Find("[data-median='all']").TextContent.Trim());
    }

    [Fact]
    public void Reporting_SaysNOfM_WhoIsLate_AndWhoWasSentBack()
    {
        var cut = Render<ProvinceReportingTable>(p => p.Add(t => t.View, View));

        Assert.Equal("6 月：14 个部门中 11 个已提交；7 个馆中 5 个已全部提交。", cut.Find("[data-reporting-summary]").TextContent.Trim());
        Assert.Equal("1 / 2", cut.Find("[data-reporting='yh-lib'] [data-submitted]").TextContent.Trim());
        Assert.Equal("活动推广部", cut.Find("[data-reporting='yh-lib'] [data-returned]").TextContent.Trim());
        Assert.Equal("外借部、活动推广部", cut.Find("[data-reporting='cx-lib'] [data-late]").TextContent.Trim());
        Assert.Equal(("2 / 2", "无", "无"), (cut.Find("[data-reporting='xh-lib'] [data-submitted]").TextContent.Trim(),
            cut.Find("[data-reporting='xh-lib'] [data-late]").TextContent.Trim(), cut.Find("[data-reporting='xh-lib'] [data-returned]").TextContent.Trim()));
    }
}
