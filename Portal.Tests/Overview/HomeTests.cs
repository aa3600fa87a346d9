using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Overview;
using Portal.Tests.Support;

namespace Portal.Tests.Overview;

public sealed class HomeTests : PageTestContext
{
    private static string[] KpiCodes(IRenderedComponent<Home> cut) =>
        cut.FindAll("td[data-kpi]").Select(td => td.GetAttribute("data-kpi")!).ToArray();

    private const string Search = "input[data-search='kpi'], [data-search='kpi'] input";

    private void GoTo(string uri) => Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    private static int ChipCount(IRenderedComponent<Home> cut, KpiStatus status) =>
        int.Parse(cut.Find($"[data-status-filter='{status}']").GetAttribute("data-count")!);

    [Fact]
    public void StatusCounts_DemoOctober_CountEveryKpiOnceByItsStatus()
    {
        var state = UseStore();
        var expected = state.Current.Kpis.GroupBy(k => k.Status).ToDictionary(g => g.Key, g => g.Count());

        var cut = Render<Home>();

        // The demo year is built so that October shows 4 achieved, 12 on track, 4 behind and 3 at risk.
        Assert.Equal(4, ChipCount(cut, KpiStatus.Achieved));
        Assert.Equal(12, ChipCount(cut, KpiStatus.OnTrack));
        Assert.Equal(4, ChipCount(cut, KpiStatus.Behind));
        Assert.Equal(3, ChipCount(cut, KpiStatus.AtRisk));
        Assert.Equal(0, ChipCount(cut, KpiStatus.NoData));
        foreach (var status in Enum.GetValues<KpiStatus>().Where(s => s != KpiStatus.Pending)) Assert.Equal(expected.GetValueOrDefault(status), ChipCount(cut, status));
        Assert.Empty(cut.FindAll("[data-status-filter='Pending']"));  // shown only when a KPI awaits its figures (ADR 026)
    }

    [Fact]
    public async Task KpiTable_FilterByAtRisk_ShowsOnlyAtRiskRows()
    {
        UseStore();
        var cut = Render<Home>();

        await cut.ClickAsync("[data-status-filter='AtRisk']");

        var statuses = cut.FindAll("td[data-status]").Select(td => td.GetAttribute("data-status")).ToList();
        Assert.Equal(3, statuses.Count);
        Assert.All(statuses, s => Assert.Equal("AtRisk", s));
        Assert.Equal(["ancient-books.training-courses", "sharing.documentaries", "network.training-courses"], KpiCodes(cut));
    }

    [Fact]
    public async Task RetiredKpi_IsMarked已停用_CountedApart_AndFilteredOnItsOwnChip()
    {
        var state = UseStore();
        state.Revise(PlanRevisions.RetireKpi(state.Plan, Documentaries, 10), state.Version + 1); // at risk in October

        var cut = Render<Home>();

        Assert.Equal(2, ChipCount(cut, KpiStatus.AtRisk));
        Assert.Equal("1", cut.Find("[data-status-filter='Retired']").GetAttribute("data-count"));
        Assert.Contains("23", cut.Find("[data-status-filter='All']").TextContent);
        var chip = cut.Find($"tr:has(td[data-kpi='{Documentaries}']) [data-retired]");
        Assert.Equal(("已停用", "10"), (chip.TextContent.Trim(), chip.GetAttribute("data-retired")));

        await cut.ClickAsync("[data-status-filter='AtRisk']");
        Assert.Equal(["ancient-books.training-courses", "network.training-courses"], KpiCodes(cut));
        await cut.ClickAsync("[data-status-filter='Retired']");
        Assert.Equal([Documentaries], KpiCodes(cut));
        await cut.ClickAsync("[data-sort='status']");
        await cut.ClickAsync("[data-status-filter='All']");
        Assert.Equal(Documentaries, KpiCodes(cut)[^1]); // worst first, the retired one after every judged KPI
    }

    [Fact]
    public void RetiredKpi_BeforeItsMonth_IsJudgedAsAnyOther()
    {
        var state = UseStore();
        state.Revise(PlanRevisions.RetireKpi(state.Plan, Documentaries, 11), state.Version + 1);

        var cut = Render<Home>();

        Assert.Equal(3, ChipCount(cut, KpiStatus.AtRisk));
        Assert.Empty(cut.FindAll("[data-status-filter='Retired']"));
        Assert.Empty(cut.FindAll("[data-retired]"));
    }

    private const string Documentaries = "sharing.documentaries";

    [Fact]
    public async Task KpiTable_StatusChipClickedTwice_ShowsAllRowsAgain()
    {
        UseStore();
        var cut = Render<Home>();

        await cut.ClickAsync("[data-status-filter='Behind']");
        Assert.Equal(4, KpiCodes(cut).Length);
        await cut.ClickAsync("[data-status-filter='Behind']");

        Assert.Equal(23, KpiCodes(cut).Length);
    }

    [Fact]
    public async Task KpiTable_SearchByDivisionName_ShowsThatDivisionsKpis()
    {
        UseStore();
        var cut = Render<Home>();

        await cut.InputAsync(Search, "数字资源部");

        Assert.Equal(["digitization.rubbings-gb", "digitization.gazetteers"], KpiCodes(cut));
    }

    [Fact]
    public async Task KpiTable_SearchMatchingNothing_SaysSo()
    {
        UseStore();
        var cut = Render<Home>();

        await cut.InputAsync(Search, "不存在的指标");

        Assert.Empty(KpiCodes(cut));
        Assert.Contains("没有符合条件的指标", cut.Markup);
    }

    [Fact]
    public async Task KpiTable_SortByCompletion_LowestFirstThenHighestFirst()
    {
        var state = UseStore();
        var completion = state.Current.Kpis.ToDictionary(k => k.Kpi.Code, k => k.Completion);
        var cut = Render<Home>();

        await cut.ClickAsync("[data-sort='completion']");
        var ascending = KpiCodes(cut).Select(c => completion[c]).ToList();
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(1 / 3.0, ascending[0], 10); // one of the two at-risk KPIs at a third of their target

        await cut.ClickAsync("[data-sort='completion']");
        var descending = KpiCodes(cut).Select(c => completion[c]).ToList();
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.Equal("local-docs.yearbooks", KpiCodes(cut)[0]); // 208 of 200 年鉴 (104.0%), the highest
    }

    [Fact]
    public async Task KpiTable_SortByStatus_WorstFirst()
    {
        UseStore();
        var cut = Render<Home>();

        await cut.ClickAsync("[data-sort='status']");

        var statuses = cut.FindAll("td[data-status]").Select(td => Enum.Parse<KpiStatus>(td.GetAttribute("data-status")!)).ToList();
        Assert.Equal(KpiStatus.AtRisk, statuses[0]);
        Assert.Equal(KpiStatus.Achieved, statuses[^1]);
    }

    [Fact]
    public async Task SectionCard_Clicked_FiltersTheTableToThatSection()
    {
        UseStore();
        var cut = Render<Home>();

        await cut.ClickAsync("[data-section='五']");

        // 五 takes in its sub-sections 五(一) (six KPIs) and 五(二) (four).
        var codes = KpiCodes(cut);
        Assert.Equal(10, codes.Length);
        Assert.All(codes, c => Assert.StartsWith("五", Plan.Kpi(c).SectionCode));
        Assert.Contains("sharing.documentaries", codes);
    }

    [Fact]
    public async Task KpiTable_RowClicked_OpensTheKpiDetail()
    {
        UseStore();
        var nav = Services.GetRequiredService<NavigationManager>();
        var cut = Render<Home>();

        await cut.ClickAsync("td[data-kpi='circulation.loans']");

        Assert.EndsWith("/kpi/circulation.loans", nav.Uri);
    }

    [Fact]
    public void Overview_EmptyPlan_SaysNoDataAndCountsEveryKpiAsNoData()
    {
        UseStore(demo: false);

        var cut = Render<Home>();

        Assert.NotNull(cut.Find("[data-empty='month']"));
        Assert.Contains("本月尚无数据", cut.Markup);
        Assert.Equal(23, ChipCount(cut, KpiStatus.NoData));
        Assert.Equal(23, KpiCodes(cut).Length);
    }

    [Fact]
    public void Overview_EarlierMonth_ShowsTheEvaluationAsOfThatMonth()
    {
        var state = UseStore();
        var june = state.Evaluate(6);

        GoTo("/?month=6");
        var cut = Render<Home>();

        Assert.Contains("截至 6 月", cut.Markup);
        Assert.Equal(june.Kpis.Count(k => k.Status == KpiStatus.AtRisk), ChipCount(cut, KpiStatus.AtRisk));
    }

    [Fact]
    public void Overview_MonthWithoutFigures_SaysNoData()
    {
        UseStore();

        GoTo("/?month=12");
        var cut = Render<Home>();

        Assert.NotNull(cut.Find("[data-empty='month']"));
    }

    [Fact]
    public void Overview_FigureSaved_ReRendersWithoutReload()
    {
        UseStore(demo: false);
        var cut = Render<Home>();
        Assert.Equal(23, ChipCount(cut, KpiStatus.NoData));

        // The first figure of the year arrives: two high-end lectures in January.
        Apply("lectures.high-end", "outreach", 1, 2);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(22, ChipCount(cut, KpiStatus.NoData));
            Assert.Contains("2 场", cut.Find("td[data-kpi='lectures.high-end']").ParentElement!.TextContent);
        });
    }

    [Fact]
    public async Task Overview_Disposed_LeavesTheFeed()
    {
        UseStore();
        var cut = Render<Home>();
        Assert.Equal(1, Feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(0, Feed.SubscriberCount);
    }
}
