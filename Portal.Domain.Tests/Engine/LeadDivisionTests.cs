using Portal.Domain.Engine;
using Portal.Domain.Plans;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// 总流通人次 1,000,000 is not split: 读者服务部 leads it, and the branches and the mobile library report visits too.
/// As of June: reader-services 330,000, branches 120,000, mobile-library 48,000 = 498,000 of 500,000 expected.
/// </summary>
public sealed class LeadDivisionTests
{
    private const string Visits = "circulation.visits";

    private static readonly Plan Plan = new PlanBuilder()
        .Division("reader-services", "读者服务部")
        .Division("branches", "分馆与流通站")
        .Division("mobile-library", "汽车图书馆")
        .Section("四", "提升读者服务水平")
        .Kpi(Visits, "总流通人次", "四", 1_000_000, "人次", "reader-services", Qualifier.AtLeast)
        .Build();

    private static readonly PlanEvaluation June = Evaluate6(
        ("reader-services", [52_000, 48_000, 61_000, 55_000, 57_000, 57_000]),  // 330,000
        ("branches", [19_000, 17_500, 21_000, 20_500, 21_000, 21_000]),           // 120,000
        ("mobile-library", [8_000, 7_000, 8_500, 8_000, 8_500, 8_000]));          // 48,000

    private static PlanEvaluation Evaluate6(params (string Division, double[] Monthly)[] rows)
    {
        var ledger = new FigureLedger(Plan);
        foreach (var (division, monthly) in rows) ledger.AddRange(Series(Visits, division, monthly));
        return CompletionEngine.Default.Evaluate(ledger, 6);
    }

    private static DivisionShare Share(string division) => June.Kpi(Visits).Divisions.Single(s => s.Division == division);

    [Fact]
    public void Share_UnsplitKpi_LeadTakesTheWholeKpisCompletionAndStatus()
    {
        // On its own 330,000 / 500,000 would be 66% of the pace (严重滞后); the KPI is at 498,000 / 500,000 = 99.6%.
        var lead = Share("reader-services");
        Assert.Equal(330_000, lead.Actual);
        Assert.Equal(1_000_000, lead.Target);
        Assert.Equal(0.498, lead.Completion!.Value, 12);
        Assert.Equal(KpiStatus.OnTrack, lead.Status);
        Assert.Equal(330_000 / 498_000.0, lead.Share, 12);  // 66.27%
    }

    [Theory]
    [InlineData("branches", 120_000, 0.240963855)]
    [InlineData("mobile-library", 48_000, 0.096385542)]
    public void Share_UnsplitKpi_OtherDivisionsContributeWithTheirShareAndNoStatus(string division, double actual, double share)
    {
        var s = Share(division);
        Assert.True(s.Contributes);
        Assert.Equal(actual, s.Actual);
        Assert.Null(s.Target);
        Assert.Null(s.Completion);
        Assert.Null(s.Status);
        Assert.Equal(share, s.Share, 9);
    }

    [Fact]
    public void Divisions_UnsplitKpi_OnlyTheLeadCarriesIt()
    {
        var lead = June.Divisions.Single(d => d.Division.Code == "reader-services");
        Assert.Equal(0.498, lead.Completion!.Value, 12);
        Assert.Equal(1, lead.StatusCounts[KpiStatus.OnTrack]);
        Assert.Null(June.Divisions.Single(d => d.Division.Code == "branches").Completion);
        Assert.Empty(June.Divisions.Single(d => d.Division.Code == "branches").StatusCounts);
    }

    [Fact]
    public void Share_UnsplitKpi_LeadWithoutFiguresOfItsOwnStillAnswersForTheKpi()
    {
        // Only the branches reported: 120,000 of 500,000 expected = 24% → 严重滞后 for the lead too.
        var e = Evaluate6(("branches", [19_000, 17_500, 21_000, 20_500, 21_000, 21_000]));
        var lead = e.Kpi(Visits).Divisions.Single(s => s.Division == "reader-services");
        Assert.Equal(0, lead.Actual);
        Assert.Equal(0.12, lead.Completion!.Value, 12);
        Assert.Equal(KpiStatus.AtRisk, lead.Status);
    }
}
