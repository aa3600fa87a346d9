using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>Year-end forecast: actual / pace(m) for flow KPIs, the latest level for stock KPIs.</summary>
public sealed class ForecastTests
{
    [Fact]
    public void Forecast_FlowKpi_IsActualOverPace()
    {
        var result = Evaluate(FirstQuarter.Figures);
        Assert.Equal(836_400, result.Kpi(Loans).Forecast);       // 209,100 / (3/12)
        Assert.Equal(550, result.Kpi(Rubbings).Forecast);        // 137.5 / (3/12)
        Assert.Equal(8_600, result.Kpi(RepairedPages).Forecast); // 2,150 × 4
    }

    [Fact]
    public void Forecast_SeasonalFlowKpi_UsesCumulativeShare()
    {
        // 4 lectures by April, when 5 of 12 were planned: 4 / (5/12) = 9.6, shown as 10 场 (a linear pace would say
        // 4 / (4/12) = 12).
        var lectures = Evaluate(F(Lectures, "outreach", 2, 1), F(Lectures, "outreach", 3, 1), F(Lectures, "outreach", 4, 2))
            .Kpi(Lectures);
        Assert.Equal(10, lectures.Forecast);
    }

    [Fact]
    public void Forecast_SevenTwelfths_IsExact()
    {
        // 6 + 4 + 11 + 5 + 3 + 2 + 4 = 35 outreach lectures by July: 35 × 12 / 7 = 60.
        var lectures = Evaluate([.. Series(OutreachLectures, "sharing", 6, 4, 11, 5, 3, 2, 4)]).Kpi(OutreachLectures);
        Assert.Equal(60.0, lectures.Forecast);
    }

    [Fact]
    public void Forecast_StockKpi_IsLatestLevel()
    {
        // 255,350 + 19,550 as of March, not 274,900 / (3/12).
        Assert.Equal(274_900, Evaluate(FirstQuarter.Figures).Kpi(Cards).Forecast);
    }

    [Fact]
    public void Forecast_KpiWithoutFigures_IsNull()
    {
        Assert.Null(Evaluate(F(Loans, "branches", 1, 14_500)).Kpi(Gazetteers).Forecast);
    }

    [Fact]
    public void Forecast_WhenPaceIsStillZero_IsNull()
    {
        // An unplanned January lecture: nothing was expected yet, so there is nothing to scale up by.
        Assert.Null(Evaluate(F(Lectures, "outreach", 1, 1)).Kpi(Lectures).Forecast);
    }
}
