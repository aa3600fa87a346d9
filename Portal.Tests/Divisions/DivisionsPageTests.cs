using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Divisions;
using Portal.Domain.Engine;
using Portal.Tests.Support;

namespace Portal.Tests.Divisions;

public sealed class DivisionsPageTests : PageTestContext
{
    private static string Cell(IRenderedComponent<DivisionsPage> cut, string kpi, string division) =>
        cut.Find($"[data-heatmap] tr[data-kpi='{kpi}'] td[data-division='{division}']").TextContent.Trim();

    [Fact]
    public void HeatMap_Cells_ShowEachDivisionsCompletionOfItsOwnTarget()
    {
        UseStore(demo: false);
        Apply("circulation.loans", "reader-services", 1, 60_000);
        Apply("circulation.loans", "branches", 1, 15_000);
        Apply("circulation.loans", "branches", 2, 17_000);
        Apply("circulation.loans", "branches", 3, 18_000);
        Apply("circulation.visits", "branches", 1, 5_000);

        var cut = Render<DivisionsPage>();

        Assert.Equal("8.6%", Cell(cut, "circulation.loans", "reader-services"));  // 60,000 / 700,000
        Assert.Equal("25.0%", Cell(cut, "circulation.loans", "branches"));        // 50,000 / 200,000
        Assert.Equal("—", Cell(cut, "circulation.loans", "mobile-library"));      // carries 100,000, nothing reported
        Assert.Equal("参与", Cell(cut, "circulation.visits", "branches"));         // contributes without a target
        Assert.Equal("0.5%", Cell(cut, "circulation.visits", "reader-services")); // the lead answers for the whole KPI: 5,000 / 1,000,000
        Assert.Equal("", Cell(cut, "local-docs.acquired", "branches"));           // not involved
        Assert.Equal("NoData", cut.Find("tr[data-kpi='circulation.loans'] td[data-division='mobile-library']").GetAttribute("data-status"));
    }

    [Fact]
    public void HeatMap_Demo_HasAColumnPerDivisionThatTakesPartAndARowPerKpi()
    {
        var state = UseStore();

        var cut = Render<DivisionsPage>();

        var involved = state.Current.Kpis.SelectMany(k => k.Divisions).Select(s => s.Division).Distinct().Count();
        Assert.Equal(23, cut.FindAll("[data-heatmap] tbody tr").Count);
        Assert.Equal(involved, cut.FindAll("[data-heatmap] tbody tr:first-child td").Count);
        Assert.Equal(13, involved); // all but 办公室 and 文献采编中心
    }

    [Fact]
    public void Ranking_StatusCounts_AreEachDivisionsCountsFromTheEngine()
    {
        var state = UseStore();

        var cut = Render<DivisionsPage>();

        foreach (var d in state.Current.Divisions)
        foreach (var status in Enum.GetValues<KpiStatus>())
        {
            var shown = cut.Find($"[data-table='ranking'] tr[data-division='{d.Division.Code}'] td[data-count='{status}']").TextContent.Trim();
            Assert.Equal(d.StatusCounts.GetValueOrDefault(status), shown == "" ? 0 : int.Parse(shown));
        }
        // Reader services carry four KPIs in October, all on track: as lead it answers for all the visitors, the
        // branches' and the mobile library's included, not for its own counts alone.
        var reader = cut.Find("[data-table='ranking'] tr[data-division='reader-services']");
        Assert.Equal("4", reader.QuerySelector("td[data-count='OnTrack']")!.TextContent.Trim());
        Assert.Equal("", reader.QuerySelector("td[data-count='AtRisk']")!.TextContent.Trim());
    }

    [Fact]
    public void Ranking_BestCompletionFirst_DivisionsWithoutKpisLast()
    {
        var state = UseStore();
        var best = state.Current.Divisions.Where(d => d.Completion is not null).MaxBy(d => d.Completion)!.Division.Code;

        var cut = Render<DivisionsPage>();

        var order = cut.FindAll("[data-table='ranking'] tr[data-division]").Select(r => r.GetAttribute("data-division")).ToList();
        Assert.Equal(best, order[0]);
        Assert.Equal(["office", "acquisitions"], order.TakeLast(2));
    }

    [Fact]
    public void DivisionsPage_EarlierMonth_ComparesAsOfThatMonth()
    {
        var state = UseStore();
        var march = state.Evaluate(3);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/divisions?month=3");

        var cut = Render<DivisionsPage>();

        Assert.Contains("截至 3 月", cut.Markup);
        var loans = march.Kpi("circulation.loans").Divisions.Single(s => s.Division == "branches");
        Assert.Equal(Portal.Shared.Formats.Percent(loans.Completion), Cell(cut, "circulation.loans", "branches"));
        Assert.NotEqual(Portal.Shared.Formats.Percent(state.Current.Kpi("circulation.loans").Divisions.Single(s => s.Division == "branches").Completion),
            Cell(cut, "circulation.loans", "branches"));
    }

    [Fact]
    public void DivisionsPage_EmptyPlan_SaysNoDataAndStillDrawsTheMatrix()
    {
        UseStore(demo: false);

        var cut = Render<DivisionsPage>();

        Assert.Contains("本月尚无数据", cut.Find("[data-empty='month']").TextContent);
        Assert.Equal("—", Cell(cut, "circulation.loans", "branches"));
        // Nothing reported is not a result: no ranks, no bars, no 0%.
        Assert.NotNull(cut.Find("[data-empty='division-chart']"));
        Assert.All(cut.FindAll("[data-table='ranking'] tr[data-division] td:first-child"), td => Assert.Equal("", td.TextContent.Trim()));
        Assert.DoesNotContain("0.0%", cut.Find("[data-table='ranking']").TextContent);
    }

    [Fact]
    public void DivisionsPage_FigureSaved_UpdatesTheHeatMapWithoutReload()
    {
        UseStore(demo: false);
        var cut = Render<DivisionsPage>();

        Apply("circulation.loans", "mobile-library", 1, 12_345);

        cut.WaitForAssertion(() => Assert.Equal("12.3%", Cell(cut, "circulation.loans", "mobile-library")));
    }
}
