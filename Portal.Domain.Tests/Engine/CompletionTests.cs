using Portal.Domain.Engine;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>Completion is actual / target, uncapped; "achieved" depends on how the plan words the target.</summary>
public sealed class CompletionTests
{
    /// <summary>Rubbings scanned each month, in GB: Jan–Nov add up to 521.5 (see the running sums).</summary>
    private static readonly double[] RubbingsJanToNov = [46.5, 38.25, 52.75, 49.5, 47.25, 44, 51.5, 50.25, 45.75, 48, 47.75];
    // running: 46.5, 84.75, 137.5, 187, 234.25, 278.25, 329.75, 380, 425.75, 473.75, 521.5

    [Fact]
    public void Completion_IsActualOverTarget()
    {
        var loans = Evaluate(FirstQuarter.Figures).Kpi(Loans);
        Assert.Equal(0.2091, loans.Completion, 12);  // 209,100 / 1,000,000
    }

    [Fact]
    public void Completion_OverTarget_IsNotCapped()
    {
        // 521.5 + 108.5 = 630 GB of 约 600 → 1.05; 14 lectures of 12 → 1.1666…
        var result = Evaluate([.. Series(Rubbings, "digital", [.. RubbingsJanToNov, 108.5]),
            .. Series(Lectures, "outreach", 0, 1, 1, 3, 1, 1, 0, 0, 1, 2, 2, 2)]);
        Assert.Equal(1.05, result.Kpi(Rubbings).Completion, 12);
        Assert.Equal(14.0 / 12, result.Kpi(Lectures).Completion, 12);
        Assert.Equal(KpiStatus.Achieved, result.Kpi(Rubbings).Status);
    }

    [Theory]
    [InlineData(48.5, KpiStatus.Achieved)]   // 521.5 + 48.5 = 570 = exactly 95% of 600
    [InlineData(48.25, KpiStatus.Behind)]    // 569.75 = 94.96%: not achieved, and December expects all 600
    public void Completion_AboutTarget_WithinTolerance_IsAchieved(double december, KpiStatus expected)
    {
        var rubbings = Evaluate([.. Series(Rubbings, "digital", [.. RubbingsJanToNov, december])]).Kpi(Rubbings);
        Assert.Equal(expected, rubbings.Status);
    }

    [Theory]
    [InlineData(18.5, KpiStatus.Achieved)]   // 521.5 + 18.5 = 540 = exactly 90% of 600
    [InlineData(18.25, KpiStatus.Behind)]    // 539.75 / 600 = 0.8996: below the 0.95 pace line, above 0.80
    public void Completion_AboutTarget_WithConfiguredTolerance_UsesIt(double december, KpiStatus expected)
    {
        var engine = new CompletionEngine(new StatusRules(AboutTolerance: 0.10));
        var ledger = Ledger([.. Series(Rubbings, "digital", [.. RubbingsJanToNov, december])]);
        Assert.Equal(expected, engine.Evaluate(ledger).Kpi(Rubbings).Status);
    }

    [Theory]
    [InlineData(1_000_000, KpiStatus.Achieved)]  // 以上: reaching 1,000,000 is enough
    [InlineData(999_999, KpiStatus.OnTrack)]     // one short: expected by Nov is 916,666.67, so on pace but not achieved
    public void Completion_AtLeastTarget_ReachedExactly_IsAchieved(int total, KpiStatus expected)
    {
        // Jan–Oct 84,000 a month = 840,000, November brings the rest.
        var months = Enumerable.Repeat(84_000.0, 10).Append(total - 840_000.0).ToArray();
        var result = Evaluate([.. Series(Loans, "reader-services", months)]);
        Assert.Equal(11, result.AsOf);
        Assert.Equal(expected, result.Kpi(Loans).Status);
    }

    [Theory]
    [InlineData(9_000, KpiStatus.Achieved)]
    [InlineData(8_999, KpiStatus.OnTrack)]  // 8,999 / 9,000 = 99.99% of the December expectation
    [InlineData(8_550, KpiStatus.OnTrack)]  // exactly 95%: the 约 tolerance does not apply to a plain target
    public void Completion_PlainTarget_OnlyTheFullTargetIsAchieved(int total, KpiStatus expected)
    {
        // Jan–Nov 750 pages a month = 8,250, December brings the rest.
        var months = Enumerable.Repeat(750.0, 11).Append(total - 8_250.0).ToArray();
        var pages = Evaluate([.. Series(RepairedPages, "ancient-books", months)]).Kpi(RepairedPages);
        Assert.Equal(expected, pages.Status);
    }
}
