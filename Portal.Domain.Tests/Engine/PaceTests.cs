using Portal.Domain;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>Expected as of m = target × pace(m): m/12 by default, the cumulative share of a seasonal profile otherwise.</summary>
public sealed class PaceTests
{
    [Theory]
    [InlineData(1, 83_333.333333333)]  // 1,000,000 × 1/12
    [InlineData(3, 250_000)]           // × 3/12
    [InlineData(6, 500_000)]           // × 6/12
    [InlineData(11, 916_666.666666667)]
    [InlineData(12, 1_000_000)]
    public void Expected_LinearPace_IsTargetTimesMonthOverTwelve(int month, double expected)
    {
        Assert.Equal(month / 12.0, Library.Kpi(Loans).PaceAt(month), 12);
        Assert.Equal(expected, CompletionEngine.Default.Evaluate(Ledger(), month).Kpi(Loans).Expected, 6);
    }

    [Theory]
    // Lectures planned per month: 0 1 1 3 1 1 0 0 1 2 1 1 (12 in all); expected = the running count.
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 5)]   // 0 + 1 + 1 + 3: World Book Day month
    [InlineData(7, 7)]   // nothing planned over the summer: July and August stay at 7
    [InlineData(8, 7)]
    [InlineData(10, 10)]
    [InlineData(12, 12)]
    public void Expected_SeasonalProfile_IsTargetTimesCumulativeShare(int month, double expected)
    {
        Assert.Equal(expected, CompletionEngine.Default.Evaluate(Ledger(), month).Kpi(Lectures).Expected);
    }

    [Fact]
    public void Pace_SeasonalProfile_IsCumulativeShareOfWeights()
    {
        // The seed's loan profile: weights 0.9 0.6 1 1 1 0.9 1.3 1.3 1 1 1 1 (12 in all).
        // Feb: (0.9 + 0.6) / 12 = 0.125; Jun: (0.9 + 0.6 + 1 + 1 + 1 + 0.9) / 12 = 5.4 / 12 = 0.45;
        // Sep: (5.4 + 1.3 + 1.3 + 1) / 12 = 0.75
        var plan = new PlanBuilder().Division("reader-services", "读者服务部").Section("四", "读者服务")
            .Kpi("loans", "外借", "四", 1_000_000, "册次", "reader-services",
                seasonality: [0.9, 0.6, 1, 1, 1, 0.9, 1.3, 1.3, 1, 1, 1, 1]).Build();
        var loans = plan.Kpi("loans");
        Assert.Equal(0.125, loans.PaceAt(2), 12);
        Assert.Equal(0.45, loans.PaceAt(6), 12);
        Assert.Equal(0.75, loans.PaceAt(9), 12);
        Assert.Equal(1.0, loans.PaceAt(12));
        Assert.Equal(450_000, CompletionEngine.Default.Evaluate(new FigureLedger(plan), 6).Kpis[0].Expected, 6);
    }

    [Fact]
    public void Expected_SevenTwelfthsOf840_IsExactly490()
    {
        // 840 × 7/12 = 490. Multiplying by 7/12 rounded to a double first gives 490.00000000000006,
        // which would push a figure of exactly 80% (392) below the Behind line.
        Assert.Equal(490.0, CompletionEngine.Default.Evaluate(Ledger(), 7).Kpi(TrainingHours).Expected);
    }

    [Theory]
    [InlineData(new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, "12 个")]
    [InlineData(new double[] { 1, 1, 1, -1, 1, 1, 1, 1, 1, 1, 1, 1 }, "负数")]
    [InlineData(new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "大于 0")]
    public void Pace_InvalidSeasonalProfile_IsRefused(double[] weights, string says)
    {
        var e = Assert.Throws<DomainException>(() => new Kpi("lectures", "讲座", "四.1", "四",
            new Target(12, "场", Qualifier.Target), Aggregation.Flow, "outreach", seasonality: weights));
        Assert.Contains(says, e.Message);
    }
}
