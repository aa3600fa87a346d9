using Portal.Domain;
using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Domain.Tests.Kpis;

/// <summary>The "what it would take" rates, against numbers worked out by hand.</summary>
public sealed class RequiredRateTests
{
    private static readonly Kpi Loans = new("loans", "外借文献", "四.1", "四", new Target(1_000_000, "册次", Qualifier.AtLeast), Aggregation.Flow, "reader-services");
    private static readonly Kpi Cards = new("cards", "累计办理读者证", "四.1", "四", new Target(290_000, "张", Qualifier.Target), Aggregation.Stock, "reader-services");

    [Fact]
    public void Flow_BehindInOctober_NeedsTheGapSpreadOverTwoMonths()
    {
        // 1,000,000 − 812,345 = 187,655 still to do in Nov–Dec: 93,827.5 a month, against 812,345 / 10 = 81,234.5 so far.
        var rate = RequiredRate.Flow(1_000_000, 812_345, 10);

        Assert.Equal(187_655, rate.Gap);
        Assert.Equal(2, rate.MonthsLeft);
        Assert.Equal(93_827.5, rate.Needed);
        Assert.Equal(81_234.5, rate.SoFar);
        Assert.Equal(1.15502, rate.Factor!.Value, 5);
        Assert.False(rate.Met);
    }

    [Fact]
    public void Flow_TargetAlreadyExceeded_NeedsNothingMore()
    {
        var rate = RequiredRate.Flow(12, 13, 9);

        Assert.True(rate.Met);
        Assert.Equal(-1, rate.Gap);
        Assert.Equal(0, rate.Needed);
        Assert.Equal(13 / 9.0, rate.SoFar!.Value, 10);
    }

    [Fact]
    public void Flow_December_HasNoMonthLeftToCatchUp()
    {
        var rate = RequiredRate.Flow(3, 2, 12);

        Assert.Equal(0, rate.MonthsLeft);
        Assert.Null(rate.Needed);
        Assert.Null(rate.Factor);
        Assert.Equal(1, rate.Gap);
    }

    [Fact]
    public void Stock_LevelRising_NeedsMonthlyIncreaseOfTheLevel()
    {
        // Level 272,000 in January, 287,300 in October: +15,300 over 9 months = 1,700 a month so far.
        // 290,000 − 287,300 = 2,700 in two months: 1,350 a month, slower than so far.
        var rate = RequiredRate.Stock(290_000, 287_300, 10, 272_000, 1);

        Assert.Equal(2_700, rate.Gap);
        Assert.Equal(1_350, rate.Needed);
        Assert.Equal(1_700, rate.SoFar);
        Assert.Equal(0.79412, rate.Factor!.Value, 5);
    }

    [Fact]
    public void For_StockFirstReportedInMarch_MeasuresRateSinceMarch()
    {
        // First level 280,000 in March, 286,000 in June: +6,000 over 3 months = 2,000 a month.
        // 290,000 − 286,000 = 4,000 over July–December: 666.67 a month.
        double?[] levels = [null, null, 280_000, 282_500, 284_000, 286_000];

        var rate = RequiredRate.For(Cards, levels, 6);

        Assert.Equal(2_000, rate.SoFar);
        Assert.Equal(4_000 / 6.0, rate.Needed!.Value, 10);
    }

    [Fact]
    public void For_StockWithOpening_MeasuresRateFromTheOpeningLevel()
    {
        // 270,000 at the start of the year, first reported in March at 280,000, 286,000 in June: +16,000 over
        // 6 months = 2,666.67 a month (not 2,000 from March); 4,000 still needed over 6 months.
        var cards = new Kpi("cards", "累计办理读者证", "四.1", "四", new Target(290_000, "张", Qualifier.Target), Aggregation.Stock,
            "reader-services", opening: 270_000);
        double?[] levels = [null, null, 280_000, 282_500, 284_000, 286_000];

        var rate = RequiredRate.For(cards, levels, 6);

        Assert.Equal(16_000 / 6.0, rate.SoFar!.Value, 10);
        Assert.Equal(4_000 / 6.0, rate.Needed!.Value, 10);
        // Reported once, in February: the rate so far is still known from the opening level.
        Assert.Equal(5_000, RequiredRate.For(cards, [null, 280_000], 2).SoFar);
    }

    [Fact]
    public void For_StockReportedOnlyOnce_HasNoRateSoFar()
    {
        var rate = RequiredRate.For(Cards, [null, 280_000], 2);

        Assert.Null(rate.SoFar);
        Assert.Equal(1_000, rate.Needed);
    }

    [Fact]
    public void For_FlowWithNoFigureYet_NeedsTheWholeTargetOverTheRestOfTheYear()
    {
        var rate = RequiredRate.For(Loans, [null, null, null, null], 4);

        Assert.Equal(125_000, rate.Needed);
        Assert.Equal(0, rate.SoFar);
        Assert.Null(rate.Factor);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Flow_MonthOutsideTheYear_IsRefused(int month)
    {
        var e = Assert.Throws<DomainException>(() => RequiredRate.Flow(100, 10, month));
        Assert.Equal("month", e.Field);
    }
}
