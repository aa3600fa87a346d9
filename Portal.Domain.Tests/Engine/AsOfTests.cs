using Portal.Domain.Engine;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>Without an explicit month, the plan is evaluated as of the latest month that has any figure.</summary>
public sealed class AsOfTests
{
    [Fact]
    public void AsOf_Default_IsLatestMonthWithAnyFigure()
    {
        // Only digital has reported April so far; loans stand at their March total.
        var result = Evaluate(FirstQuarter.With(F(Rubbings, "digital", 4, 49.5)));
        Assert.Equal(4, result.AsOf);
        Assert.Equal(4, result.LatestMonth);
        Assert.Equal(209_100, result.Kpi(Loans).Actual);
        Assert.Equal(333_333.333333333, result.Kpi(Loans).Expected, 6);  // 1,000,000 × 4/12
        Assert.Equal(187, result.Kpi(Rubbings).Actual);                  // 137.5 + 49.5
    }

    [Fact]
    public void AsOf_Explicit_OverridesLatest()
    {
        var result = CompletionEngine.Default.Evaluate(Ledger(FirstQuarter.Figures), 2);
        Assert.Equal(2, result.AsOf);
        Assert.Equal(3, result.LatestMonth);
        Assert.Equal(122_240, result.Kpi(Loans).Actual);
    }

    [Fact]
    public void AsOf_NoFigures_IsJanuaryWithEverythingNoData()
    {
        var result = Evaluate();
        Assert.Equal(1, result.AsOf);
        Assert.Null(result.LatestMonth);
        Assert.All(result.Kpis, k => Assert.Equal(KpiStatus.NoData, k.Status));
    }

    [Fact]
    public void AsOf_AfterRemovingTheOnlyLatestFigure_FallsBack()
    {
        var ledger = Ledger(FirstQuarter.With(F(Rubbings, "digital", 4, 49.5)));
        ledger.Set(Rubbings, "digital", 4, null);
        Assert.Equal(3, CompletionEngine.Default.Evaluate(ledger).AsOf);
    }
}
