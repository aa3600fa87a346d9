using Microsoft.Extensions.DependencyInjection;
using Portal.Briefing;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.Report;

/// <summary>The briefing's numbers for <see cref="ReportFigures"/>, worked out by hand.</summary>
public sealed class MonthlyReportTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public async Task InitializeAsync()
    {
        _ = _factory.Server;
        await ReportFigures.AddAsync(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Report_February_ChangedSinceLastMonth_IsCompletionAtFebruaryMinusJanuary()
    {
        var report = await BuildAsync(2);

        var acquired = Row(report, "local-docs.acquired");
        Assert.Equal(150 / 1800.0, acquired.Previous!.Value, 12);
        Assert.Equal(330 / 1800.0, acquired.Now.Completion, 12);
        Assert.Equal(0.10, acquired.Change!.Value, 12);
        Assert.Equal(180, acquired.MonthTotal);
        // loans: 75,000 in January (two divisions), 145,000 by February, of 1,000,000
        Assert.Equal(0.07, Row(report, "circulation.loans").Change!.Value, 12);
        // lectures: nothing in January (a flow KPI stands at 0), 2 of 12 in February
        Assert.Equal(0.0, Row(report, "lectures.high-end").Previous);
        Assert.Equal(2 / 12.0, Row(report, "lectures.high-end").Change!.Value, 12);
        // a stock KPI with no level yet has no previous completion
        Assert.Null(Row(report, "readers.total-cards").Previous);
        Assert.Equal(["lectures.high-end", "local-docs.acquired", "circulation.loans", "republican-docs.surveyed"],
            report.Movers.Select(r => r.Kpi.Code));
        Assert.Equal(0.01, report.Movers[3].Change!.Value, 12);
    }

    [Fact]
    public async Task Report_February_NotReported_AreDivisionsWithTargetsAndNoFigureThatMonth()
    {
        var report = await BuildAsync(2);

        Assert.True(report.MonthHasData);
        Assert.Equal(["branches", "mobile-library", "reference", "jiayetang", "digital", "sharing", "technology", "research", "accessibility"],
            report.NotReported.Select(g => g.Division.Code));
        Assert.Equal(["local-docs", "reader-services", "outreach", "ancient-books"], report.Incomplete.Select(g => g.Division.Code));
        var readers = report.Incomplete.Single(g => g.Division.Code == "reader-services");
        Assert.Equal(4, readers.Carried);
        Assert.Equal(["readers.new-cards", "readers.total-cards", "circulation.visits"], readers.Missing.Select(k => k.Code));
        Assert.DoesNotContain(report.Gaps, g => g.Division.Code is "office" or "acquisitions");
    }

    [Fact]
    public async Task Report_January_HasNoPreviousMonth_AndBranchesReported()
    {
        var report = await BuildAsync(1);

        Assert.All(report.Kpis, r => Assert.Null(r.Previous));
        Assert.Empty(report.Movers);
        Assert.DoesNotContain(report.NotReported, g => g.Division.Code is "branches" or "reader-services" or "local-docs" or "ancient-books");
        Assert.Contains(report.NotReported, g => g.Division.Code == "outreach");
    }

    [Fact]
    public async Task Report_AtRisk_GivesTheNotesOfItsFigures_LatestFirst()
    {
        var report = await BuildAsync(2);

        // republican-docs: 800 of 30,000 by February against 5,000 expected (16%): at risk
        var risk = report.Risks.First();
        Assert.Equal(("republican-docs.surveyed", KpiStatus.AtRisk), (risk.Kpi.Kpi.Code, risk.Kpi.Status));
        Assert.Equal([(2, "外聘普查人员 3 月到岗"), (1, "普查人员借调古籍普查，进度放缓")], risk.Notes.Select(n => (n.Month, n.Text)));
        Assert.Equal("历史文献部（省古籍保护中心）", risk.Notes[0].Division);
        Assert.DoesNotContain(report.Risks, r => r.Kpi.Kpi.Code == "local-docs.acquired");
    }

    [Fact]
    public async Task Report_KpiRetiredByTheMonth_IsNeitherARiskNorOwed()
    {
        var state = _factory.Plan2013;
        state.Revise(PlanRevisions.RetireKpi(state.Plan, "republican-docs.surveyed", 2), state.Version + 1);

        var february = await BuildAsync(2);
        var march = await BuildAsync(3); // nothing reported yet: every KPI still owed is missing

        Assert.True(Row(february, "republican-docs.surveyed").Now.Retired);
        Assert.DoesNotContain(february.Risks, r => r.Kpi.Kpi.Code == "republican-docs.surveyed");
        var ancientBooks = march.Gaps.Single(g => g.Division.Code == "ancient-books");
        Assert.DoesNotContain(ancientBooks.Missing, k => k.Code == "republican-docs.surveyed");
        Assert.Contains(ancientBooks.Missing, k => k.Code == "ancient-books.surveyed");
        Assert.False(Row(await BuildAsync(1), "republican-docs.surveyed").Now.Retired);
    }

    [Fact]
    public async Task Report_MonthWithoutFigures_SaysSoAndListsEveryDivisionWithTargets()
    {
        var report = await BuildAsync(3);

        Assert.False(report.MonthHasData);
        Assert.Empty(report.Incomplete);
        Assert.Equal(13, report.NotReported.Count());
    }

    private async Task<MonthlyBriefing> BuildAsync(int month)
    {
        await using var scope = _factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<BriefingBuilder>().BuildAsync(_factory.Plan2013, month);
    }

    private static BriefingKpiRow Row(MonthlyBriefing report, string code) => report.Kpis.Single(r => r.Kpi.Code == code);
}
