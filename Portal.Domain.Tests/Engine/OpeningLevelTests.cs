using Portal.Domain.Engine;
using Portal.Domain.Plans;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// 累计办理读者证: a level of 290,000 cards by December from 270,000 at the start of the year, i.e. 20,000 new cards
/// at a linear pace. Expected = 270,000 + 20,000 × m/12; completion and status are judged on the gain.
/// </summary>
public sealed class OpeningLevelTests
{
    private static readonly Plan Cards2013 = new PlanBuilder()
        .Division("reader-services", "读者服务部")
        .Division("branches", "分馆与流通站")
        .Section("四", "提升读者服务水平")
        .Kpi(Cards, "累计办理读者证", "四", 290_000, "张", "reader-services", aggregation: Aggregation.Stock, opening: 270_000)
        .Build();

    private static KpiResult At(int month, params (int Month, double Level)[] levels)
    {
        var ledger = new FigureLedger(Cards2013);
        ledger.AddRange(levels.Select(l => F(Cards, "reader-services", l.Month, l.Level)));
        return CompletionEngine.Default.Evaluate(ledger, month).Kpi(Cards);
    }

    private static readonly (int, double)[] Year = [(1, 271_400), (3, 274_900), (6, 279_200), (10, 288_350)];

    [Theory]
    // month, expected level, completion (gain / 20,000), status (gain / expected gain), forecast (270,000 + gain × 12/m)
    [InlineData(3, 275_000, 0.245, KpiStatus.OnTrack, 289_600)]   // gain 4,900 of 5,000 expected: 98%
    [InlineData(6, 280_000, 0.46, KpiStatus.Behind, 288_400)]     // gain 9,200 of 10,000: 92%
    [InlineData(10, 286_666.666667, 0.9175, KpiStatus.OnTrack, 292_020)]  // gain 18,350 of 16,666.67: 110%
    public void Evaluate_StockWithOpening_JudgesTheGainFromTheOpeningLevel(int month, double expected, double completion, KpiStatus status, double forecast)
    {
        var r = At(month, Year);
        Assert.Equal(expected, r.Expected, 5);
        Assert.Equal(completion, r.Completion, 12);
        Assert.Equal(status, r.Status);
        Assert.Equal(forecast, r.Forecast);
        Assert.Equal(completion, r.Gain!.Value / 20_000, 12);
    }

    [Fact]
    public void Evaluate_StockWithOpening_AHighLevelWithLittleGainIsAtRisk()
    {
        // 280,000 in October is 96.6% of 290,000 × 10/12 under the plain rule, but only 10,000 of the 16,666.67 new
        // cards expected by then: 60%.
        var r = At(10, (10, 280_000));
        Assert.Equal(0.5, r.Completion, 12);
        Assert.Equal(KpiStatus.AtRisk, r.Status);
        Assert.Equal(10_000, r.Gain);
        Assert.Equal(10.0 / 12, r.ExpectedCompletion, 12);
    }

    [Fact]
    public void Evaluate_StockWithOpening_ReachingTheTargetIsAchieved()
    {
        var r = At(11, (11, 290_000));
        Assert.Equal(KpiStatus.Achieved, r.Status);
        Assert.Equal(1.0, r.Completion);
    }

    [Fact]
    public void Evaluate_StockBelowItsOpening_HasNegativeProgressAndCountsAsZeroInItsSection()
    {
        // 268,000 cards: 2,000 fewer than at the start of the year (lapsed cards withdrawn).
        var e = CompletionEngine.Default.Evaluate(Ledger2013(F(Cards, "reader-services", 2, 268_000)));
        Assert.Equal(-0.1, e.Kpi(Cards).Completion, 12);
        Assert.Equal(KpiStatus.AtRisk, e.Kpi(Cards).Status);
        Assert.Equal(0.0, e.Section("四").Completion);
        Assert.Equal(0.0, e.Divisions.Single(d => d.Division.Code == "reader-services").Completion);
    }

    [Fact]
    public void Evaluate_StockWithoutOpening_KeepsThePlainRule()
    {
        // The library plan's cards have no opening level: 274,900 / (290,000 × 3/12 = 72,500) is far ahead.
        var r = Evaluate(FirstQuarter.Figures).Kpi(Cards);
        Assert.Null(r.Kpi.Opening);
        Assert.Null(r.Gain);
        Assert.Equal(72_500, r.Expected);
        Assert.Equal(274_900.0 / 290_000, r.Completion, 12);
        Assert.Equal(274_900, r.Forecast);
    }

    [Fact]
    public void Evaluate_StockWithOpening_TwoDivisionsLevelsAddUpBeforeTheOpeningIsTakenOff()
    {
        // reader-services 256,100 + branches 19,600 = 275,700 in March: gain 5,700 of 5,000 expected.
        var r = CompletionEngine.Default.Evaluate(Ledger2013(F(Cards, "reader-services", 3, 256_100), F(Cards, "branches", 3, 19_600))).Kpi(Cards);
        Assert.Equal(0.285, r.Completion, 12);
        Assert.Equal(KpiStatus.OnTrack, r.Status);
        var lead = r.Divisions.Single(s => s.Division == "reader-services");
        Assert.Equal((256_100d, 0.285, KpiStatus.OnTrack), (lead.Actual, lead.Completion!.Value, lead.Status!.Value));
    }

    private static FigureLedger Ledger2013(params Portal.Domain.Figures.MonthlyFigure[] figures)
    {
        var ledger = new FigureLedger(Cards2013);
        ledger.AddRange(figures);
        return ledger;
    }
}
