using Portal.Domain.Engine;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>Actual as of month m: flow figures add up over months and divisions; stock levels do not.</summary>
public sealed class ActualTests
{
    private static readonly FigureLedger Q1 = Ledger(FirstQuarter.Figures);

    [Theory]
    [InlineData(1, 74_440)]   // 52,000 + 14,500 + 7,300 + 640
    [InlineData(2, 122_240)]  // 74,440 + 38,000 + 9,800
    [InlineData(3, 209_100)]  // 122,240 + 61,000 + 17,200 + 8,100 + 560
    [InlineData(6, 209_100)]  // nothing reported after March: the actual stands
    public void Actual_FlowKpi_SumsMonthsOneToAsOfOverAllDivisions(int asOf, double expected)
    {
        Assert.Equal(expected, CompletionEngine.Default.Evaluate(Q1, asOf).Kpi(Loans).Actual);
    }

    [Theory]
    [InlineData(1, 271_250)]  // 252,850 + 18,400
    [InlineData(2, 272_400)]  // reader-services has no Feb figure, so its Jan 252,850 stands: + 19,550
    [InlineData(3, 274_900)]  // branches has no Mar figure, so its Feb 19,550 stands: 255,350 + 19,550
    [InlineData(12, 274_900)]
    public void Actual_StockKpi_SumsEachDivisionsLatestLevelAtOrBeforeAsOf(int asOf, double expected)
    {
        Assert.Equal(expected, CompletionEngine.Default.Evaluate(Q1, asOf).Kpi(Cards).Actual);
    }

    [Fact]
    public void Actual_StockKpi_IsNotTheSumOfMonths()
    {
        // Summing the months would give 252,850 + 255,350 + 18,400 + 19,550 = 546,150: nonsense for a card count.
        Assert.Equal(274_900, Q1.ActualAt(Library.KpiIndex(Cards), 3));
    }

    [Fact]
    public void Actual_FractionalFlowKpi_SumsGigabytes()
    {
        // 46.5 + 38.25 + 52.75 = 137.5 GB (quarters of a GB add up exactly in binary)
        Assert.Equal(137.5, CompletionEngine.Default.Evaluate(Q1).Kpi(Rubbings).Actual);
    }

    [Fact]
    public void Actual_DivisionActual_IsThatDivisionsOwnRunningTotal()
    {
        var loans = Library.KpiIndex(Loans);
        var mobile = Library.DivisionIndex("mobile-library");
        Assert.Equal(7_300, Q1.DivisionActualAt(loans, mobile, 2));   // no Feb figure: Jan's 7,300 stands
        Assert.Equal(15_400, Q1.DivisionActualAt(loans, mobile, 3));  // 7,300 + 8,100
        Assert.Null(Q1.DivisionActualAt(Library.KpiIndex(Lectures), Library.DivisionIndex("branches"), 3));
    }
}
