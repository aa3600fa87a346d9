using Portal.Domain.Engine;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// Status against expected: OnTrack from 95%, Behind from 80%, AtRisk below; the boundaries count as the better
/// status. Loans as of June expect 1,000,000 × 6/12 = 500,000, so 95% is 475,000 and 80% is 400,000: all exact
/// in binary, as is every ratio below (475,000 / 500,000 rounds to the same double as the literal 0.95).
/// </summary>
public sealed class StatusTests
{
    // Reader-services loans Jan–May; June is the figure under test.
    private static readonly double[] Busy = [72_000, 55_000, 83_000, 81_000, 88_000];   // 379,000
    private static readonly double[] Slow = [61_000, 46_000, 70_000, 68_000, 74_000];   // 319,000

    private static KpiStatus LoansByJune(double[] janToMay, double june, StatusRules? rules = null) =>
        new CompletionEngine(rules ?? StatusRules.Default)
            .Evaluate(Ledger([.. Series(Loans, "reader-services", [.. janToMay, june])])).Kpi(Loans).Status;

    [Fact]
    public void Status_ActualExactlyAt95PercentOfExpected_IsOnTrack() =>
        Assert.Equal(KpiStatus.OnTrack, LoansByJune(Busy, 96_000));  // 379,000 + 96,000 = 475,000

    [Fact]
    public void Status_ActualJustBelow95PercentOfExpected_IsBehind() =>
        Assert.Equal(KpiStatus.Behind, LoansByJune(Busy, 95_999));   // 474,999

    [Fact]
    public void Status_ActualExactlyAt80PercentOfExpected_IsBehind() =>
        Assert.Equal(KpiStatus.Behind, LoansByJune(Slow, 81_000));   // 319,000 + 81,000 = 400,000

    [Fact]
    public void Status_ActualJustBelow80PercentOfExpected_IsAtRisk() =>
        Assert.Equal(KpiStatus.AtRisk, LoansByJune(Slow, 80_999));   // 399,999

    [Fact]
    public void Status_ActualAboveExpected_IsOnTrack() =>
        Assert.Equal(KpiStatus.OnTrack, LoansByJune(Busy, 160_000)); // 539,000: 107.8% of expected, 53.9% of target

    [Fact]
    public void Status_ExactlyAt80PercentWithSevenTwelfthsPace_IsBehind()
    {
        // Training hours 840, as of July expected 840 × 7/12 = 490; 80% of that is 392.
        // Jan–Jul: 0 + 32 + 64 + 72 + 80 + 96 + 48 = 392.
        var hours = Evaluate([.. Series(TrainingHours, "research", 0, 32, 64, 72, 80, 96, 48)]).Kpi(TrainingHours);
        Assert.Equal(392, hours.Actual);
        Assert.Equal(KpiStatus.Behind, hours.Status);
    }

    [Theory]
    [InlineData(3, KpiStatus.OnTrack)]  // 1 + 1 + 3 = 5 of the 5 expected by April
    [InlineData(2, KpiStatus.Behind)]   // 4 of 5 = exactly 80%; a linear pace would expect 12 × 4/12 = 4 and call it OnTrack
    [InlineData(1, KpiStatus.AtRisk)]   // 3 of 5 = 60%
    public void Status_SeasonalProfile_JudgesAgainstCumulativeShare(int april, KpiStatus expected)
    {
        var lectures = Evaluate(F(Lectures, "outreach", 2, 1), F(Lectures, "outreach", 3, 1), F(Lectures, "outreach", 4, april))
            .Kpi(Lectures);
        Assert.Equal(5, lectures.Expected);
        Assert.Equal(expected, lectures.Status);
    }

    [Theory]
    [InlineData(90_000, KpiStatus.OnTrack)]  // 360,000 + 90,000 = 450,000 = exactly 90% of 500,000
    [InlineData(89_999, KpiStatus.Behind)]
    [InlineData(15_000, KpiStatus.Behind)]   // 375,000 = exactly 75%
    [InlineData(14_999, KpiStatus.AtRisk)]
    public void Status_ConfiguredThresholds_AreUsedAtTheirBoundaries(double june, KpiStatus expected)
    {
        double[] janToMay = [68_000, 52_000, 79_000, 77_000, 84_000];  // 360,000
        Assert.Equal(expected, LoansByJune(janToMay, june, new StatusRules(OnTrack: 0.90, Behind: 0.75)));
    }

    [Fact]
    public void Status_KpiWithoutAnyFigure_IsNoData()
    {
        var gazetteers = Evaluate(FirstQuarter.Figures.Where(f => f.Kpi != Gazetteers).ToArray()).Kpi(Gazetteers);
        Assert.Equal(KpiStatus.NoData, gazetteers.Status);
        Assert.False(gazetteers.HasData);
        Assert.Equal(0, gazetteers.Actual);
    }

    [Fact]
    public void Status_FigureOfZero_CountsAsData()
    {
        // A reported 0 ("no training in January") is data, and 0 of an expected 70 is AtRisk.
        var hours = Evaluate(F(TrainingHours, "research", 1, 0)).Kpi(TrainingHours);
        Assert.Equal(KpiStatus.AtRisk, hours.Status);
    }

    [Fact]
    public void Status_WhenNothingIsExpectedYet_IsOnTrack()
    {
        // No lectures are planned for January (weight 0), so any January figure is on track.
        var lectures = Evaluate(F(Lectures, "outreach", 1, 0)).Kpi(Lectures);
        Assert.Equal(0, lectures.Expected);
        Assert.Equal(KpiStatus.OnTrack, lectures.Status);
    }
}
