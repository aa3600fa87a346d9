using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Kpis;
using Portal.Tests.Support;
using static Portal.Tests.Support.TwoYears;

namespace Portal.Tests.Kpis;

/// <summary>/kpi/{code} with the 2014 plan continuing 2013's (see <see cref="TwoYears"/>), as of March 2014.</summary>
public sealed class KpiDetailYearOverYearTests : PageTestContext
{
    private IRenderedComponent<KpiDetail> Open(string code, string query = "")
    {
        if (query.Length > 0) Services.GetRequiredService<NavigationManager>().NavigateTo($"/kpi/{code}?{query}");
        return Render<KpiDetail>(ps => ps.Add(p => p.Code, code));
    }

    [Fact]
    public async Task KpiDetail_TwoYears_ShowsLastYearsSameMonthWithTheChange()
    {
        await UseDatabaseAsync(demo: false);
        LoadTwoYears();

        var cut = Open(Visits);

        var row = cut.Find("[data-figure='previous-year']");
        Assert.Contains("2013年同期（截至 3 月）", row.TextContent);
        Assert.Equal("1、3 月同比 ↑ +10.0%", row.QuerySelector("[data-yoy]")!.TextContent.Trim());
        Assert.Equal("去年 1、3 月 170,000 人次", row.QuerySelector("[data-yoy-last]")!.TextContent.Trim());
    }

    [Fact]
    public async Task KpiDetail_TwoYears_DrawsBothYearsCumulativeAndMonthlyBarsSideBySide()
    {
        await UseDatabaseAsync(demo: false);
        LoadTwoYears();

        var cut = Open(Visits);

        var progress = cut.Find("[data-chart='progress']").TextContent;
        Assert.Contains("累计完成", progress);
        Assert.Contains("2013年累计", progress);
        var monthly = cut.Find("[data-chart='monthly-two-years']").TextContent;
        Assert.Contains("2014年", monthly);
        Assert.Contains("2013年", monthly);
        // Bars of some height: 2014 in January and March (February not reported), 2013 in January to March.
        var bars = cut.FindAll("[data-chart='monthly-two-years'] path.mud-chart-bar")
            .Where(b => !b.GetAttribute("d")!.EndsWith(" 320", StringComparison.Ordinal))
            .GroupBy(b => b.GetAttribute("fill")).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(2, bars[Portal.Shared.ChartStyle.Actual]);
        Assert.Equal(3, bars[Portal.Shared.ChartStyle.LastYear]);
    }

    [Fact]
    public async Task KpiDetail_StockWithOpening_ShowsOpeningAndGain()
    {
        await UseDatabaseAsync(demo: false);
        LoadTwoYears();

        var cut = Open(Cards);

        Assert.Equal("本年新增 3,645 / 25,000", cut.Find("[data-figure='gain']").TextContent.Trim());
        Assert.Equal("285,000 张", cut.Find("[data-figure='opening']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-rule='no-opening']"));
        // 285,000 + 3,645 × 12/3 = 299,580
        Assert.Equal("299,580 张（96.6%）", cut.Find("[data-figure='forecast']").TextContent.Trim());
    }

    [Fact]
    public async Task KpiDetail_StockWithoutOpening_SaysItKeepsThePlainRule()
    {
        await UseDatabaseAsync(demo: false);
        Store.Load(Plan2013WithoutOpening, Figures2013);

        var cut = Open(Cards);

        Assert.Contains("未设期初值", cut.Find("[data-rule='no-opening']").TextContent);
        Assert.Empty(cut.FindAll("[data-figure='gain']"));
    }

    [Fact]
    public async Task KpiDetail_UnsplitKpi_ShowsContributorsAsTakingPartWithTheirShare()
    {
        await UseDatabaseAsync(demo: false);
        LoadTwoYears();

        // 2013 January visits: reader-services 70,000 (lead) and branches 10,000, of 230,000 by March.
        var cut = Open(Visits, "year=2013");

        var branches = cut.Find("tr[data-division='branches']");
        Assert.Equal("参与", branches.QuerySelector("[data-contributes]")!.TextContent.Trim());
        Assert.Contains("4.3%", branches.TextContent);  // 10,000 / 230,000
        Assert.Empty(branches.QuerySelectorAll("[data-status]"));
        // The lead answers for the whole KPI: its status is the KPI's, shown at the top of the page.
        Assert.Equal(Store.Find(2013)!.Current.Kpi(Visits).Status.ToString(),
            cut.Find("tr[data-division='reader-services'] [data-status]").GetAttribute("data-status"));
    }
}
