using Portal.Domain;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Tests.Support;

namespace Portal.Domain.Tests.Engine;

public sealed class PlausibilityTests
{
    private static readonly Plan Plan = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));
    private static readonly Kpi Loans = Plan.Kpi("circulation.loans");
    private static readonly Kpi TotalCards = Plan.Kpi("readers.total-cards");
    private static readonly Kpi TrainingCourses = Plan.Kpi("ancient-books.training-courses");

    // 读者服务部 loans, January–September; the average is 544,011 / 9 = 60,445.67, so 3× is exactly 181,337.
    private static readonly double?[] LoansJanToSep = [52_310, 38_904, 61_277, 59_820, 60_115, 63_402, 71_938, 74_215, 62_030, null, null, null];

    // Cards issued so far: a level that only grows.
    private static readonly double?[] CardsJanToSep = [272_540, 273_611, 275_980, 277_305, 279_144, 281_020, 283_377, 285_932, 287_410, null, null, null];

    [Fact]
    public void Check_ExtraZeroTyped_IsASpikeAgainstTheAverageMonth()
    {
        var warning = Plausibility.Check(Loans, 10, 620_300, LoansJanToSep);

        Assert.NotNull(warning);
        Assert.Equal(PlausibilityRule.Spike, warning.Rule);
        Assert.Equal(60_445.67, warning.Reference, 2);
    }

    [Theory]
    [InlineData(181_337, false)] // exactly 3× the average month is not "over"
    [InlineData(181_338, true)]
    [InlineData(66_812, false)]  // an ordinary October
    public void Check_AroundThreeTimesTheAverage_FlagsOnlyAbove(double october, bool flagged)
    {
        Assert.Equal(flagged, Plausibility.Check(Loans, 10, october, LoansJanToSep) is not null);
    }

    [Fact]
    public void Check_CorrectingAWildValue_LeavesThatMonthOutOfTheAverage()
    {
        var withTypo = (double?[])LoansJanToSep.Clone();
        withTypo[9] = 6_203_000; // October as mistyped; now being corrected

        Assert.Null(Plausibility.Check(Loans, 10, 62_030, withTypo));
    }

    [Fact]
    public void Check_EarlierMonth_ComparesWithLaterMonthsToo()
    {
        // Correcting February: the other eight months (Jan, Mar–Sep) average 63,138.375; 3× is 189,415.125.
        Assert.Null(Plausibility.Check(Loans, 2, 189_415, LoansJanToSep));
        Assert.Equal(PlausibilityRule.Spike, Plausibility.Check(Loans, 2, 189_416, LoansJanToSep)?.Rule);
    }

    [Fact]
    public void Check_FirstFigureOfTheYear_HasNothingToCompareWith()
    {
        Assert.Null(Plausibility.Check(Loans, 1, 9_999_999, new double?[12]));
    }

    [Fact]
    public void Check_OnlyZerosSoFar_DoesNotFlagTheFirstCourse()
    {
        double?[] months = [0, 0, 0, 0, 0, null, null, null, null, null, null, null];

        Assert.Null(Plausibility.Check(TrainingCourses, 6, 1, months));
    }

    [Fact]
    public void Check_StockBelowPreviousMonth_IsADrop()
    {
        var warning = Plausibility.Check(TotalCards, 10, 278_741, CardsJanToSep); // digits swapped: 287,410 → 278,741

        Assert.Equal(new PlausibilityWarning(PlausibilityRule.StockDrop, 287_410, 9), warning);
    }

    [Fact]
    public void Check_StockAfterASkippedMonth_ComparesWithTheLastReportedLevel()
    {
        var augustLast = (double?[])CardsJanToSep.Clone();
        augustLast[8] = null;

        Assert.Equal(new PlausibilityWarning(PlausibilityRule.StockDrop, 285_932, 8), Plausibility.Check(TotalCards, 10, 284_000, augustLast));
        Assert.Null(Plausibility.Check(TotalCards, 10, 289_020, augustLast));
    }

    [Fact]
    public void Check_StockWithAnExtraDigit_IsASpike()
    {
        var warning = Plausibility.Check(TotalCards, 10, 2_890_200, CardsJanToSep);

        Assert.Equal(PlausibilityRule.Spike, warning?.Rule);
    }

    [Fact]
    public void Check_FlowBelowLastMonth_IsNormal()
    {
        Assert.Null(Plausibility.Check(Loans, 10, 40_000, LoansJanToSep));
    }

    [Fact]
    public void Check_WrongNumberOfMonths_IsRefusedWithAMessage()
    {
        var e = Assert.Throws<DomainException>(() => Plausibility.Check(Loans, 10, 1, new double?[11]));

        Assert.Contains("12 个月", e.Message);
    }
}
