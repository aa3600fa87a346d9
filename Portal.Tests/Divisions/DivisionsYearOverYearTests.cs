using Bunit;
using Portal.Divisions;
using Portal.Tests.Support;

namespace Portal.Tests.Divisions;

/// <summary>
/// /divisions ranked by the change since the same month last year (see <see cref="TwoYears"/>). As of March,
/// 读者服务部 carries new cards (nothing either year: 0), total cards, its loan split and visits:
/// <code>
///   2014: (0 + 3,645/25,000 + 135,000/700,000 + 187,000/1,000,000) / 4 = (0 + 0.1458 + 0.192857 + 0.187) / 4 = 0.131414
///   2013: (0 + 4,900/20,000 + 150,000/700,000 + 230,000/1,000,000) / 4 = (0 + 0.245 + 0.214286 + 0.23) / 4  = 0.172321
///   change −0.040907: −4.1 points
/// </code>
/// 社会活动部 had two lectures by March 2013 and none in 2014: no figures this year, so no change.
/// </summary>
public sealed class DivisionsYearOverYearTests : PageTestContext
{
    private static string Change(IRenderedComponent<DivisionsPage> cut, string division) =>
        cut.Find($"[data-table='ranking'] td[data-change='{division}']").TextContent.Trim();

    [Fact]
    public void Ranking_TwoYears_ShowsEachDivisionsChangeInPoints()
    {
        UseTwoYears();

        var cut = Render<DivisionsPage>();

        Assert.Equal("↓ -4.1 个百分点", Change(cut, "reader-services"));
        Assert.Equal("—", Change(cut, "outreach"));
        Assert.Contains("去年同期完成率 17.2%", cut.Find("[data-table='ranking'] td[data-change='reader-services']").GetAttribute("title"));
    }

    [Fact]
    public async Task Ranking_ByChange_PutsDivisionsWithAChangeFirst()
    {
        UseTwoYears();
        var cut = Render<DivisionsPage>();
        Assert.Equal("completion", cut.Find("[data-rank-by]").GetAttribute("data-rank-by"));

        await cut.ClickAsync("button[data-rank='change']");

        Assert.Equal("change", cut.Find("[data-rank-by]").GetAttribute("data-rank-by"));
        Assert.Equal("reader-services", cut.Find("[data-table='ranking'] tbody tr").GetAttribute("data-division"));
        Assert.Equal("—", cut.FindAll("[data-table='ranking'] tbody tr td[data-change]")[1].TextContent.Trim());
        await cut.ClickAsync("button[data-rank='completion']");
        Assert.Equal("completion", cut.Find("[data-rank-by]").GetAttribute("data-rank-by"));
    }

    [Fact]
    public void Ranking_OnlyOneYear_HasNoChangeColumnOrToggle()
    {
        UseStore();

        var cut = Render<DivisionsPage>();

        Assert.Empty(cut.FindAll("[data-rank-by]"));
        Assert.Empty(cut.FindAll("td[data-change]"));
    }
}
