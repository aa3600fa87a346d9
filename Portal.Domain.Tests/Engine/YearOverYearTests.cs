using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Tests.Support.PlanImport;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// 2014 continues 2013's visits and cards. Visits by month (all divisions):
/// <code>
///          Jan      Feb      Mar      Apr     as of Apr
///   2013  80,000   60,000   90,000   85,000   315,000   (reader-services, plus branches 10,000 of January's 80,000)
///   2014  88,000        —   99,000   93,500   280,500   (February not reported)
///   months both years reported: Jan, Mar, Apr → 2014 280,500 against 2013 255,000: +10%
/// cards (stock, levels)  2013: Apr 276,000     2014: Mar 294,000, Apr 295,320 (+7%)
/// </code>
/// </summary>
public sealed class YearOverYearTests
{
    private const string Visits = "circulation.visits", Cards = "readers.total-cards", NewVisits = "readers.visits";

    private static Plan Year(int year, string visitsCode, string? previousVisits, string? previousCards) => new PlanBuilder()
        .Division("reader-services", "读者服务部")
        .Division("branches", "分馆与流通站")
        .Section("四", "提升读者服务水平")
        .Kpi(visitsCode, "总流通人次", "四", 1_000_000, "人次", "reader-services", Qualifier.AtLeast, previous: previousVisits)
        .Kpi(Cards, "累计办理读者证", "四", year == 2013 ? 290_000 : 310_000, "张", "reader-services", aggregation: Aggregation.Stock,
            opening: year == 2013 ? 270_000 : 290_000, previous: previousCards)
        .Kpi("lectures.high-end", "中、高端讲座", "四", 12, "场", "reader-services")
        .Build(year);

    private static readonly Plan Plan2013 = Year(2013, Visits, null, null);
    private static readonly Plan Plan2014 = Year(2014, NewVisits, Visits, Cards);

    private static FigureLedger Ledger(Plan plan, params MonthlyFigure[] figures)
    {
        var ledger = new FigureLedger(plan);
        ledger.AddRange(figures);
        return ledger;
    }

    private static MonthlyFigure F(string kpi, int month, double value, string division = "reader-services") => new(kpi, division, month, value);

    private static readonly FigureLedger Figures2013 = Ledger(Plan2013,
        F(Visits, 1, 70_000), F(Visits, 1, 10_000, "branches"), F(Visits, 2, 60_000), F(Visits, 3, 90_000), F(Visits, 4, 85_000),
        F(Cards, 4, 276_000), F(Cards, 12, 289_100));

    private static readonly FigureLedger Figures2014 = Ledger(Plan2014,
        F(NewVisits, 1, 88_000), F(NewVisits, 3, 99_000), F(NewVisits, 4, 93_500),
        F(Cards, 3, 294_000), F(Cards, 4, 295_320));

    private static PlanEvaluation Evaluate(FigureLedger now, int month, FigureLedger? last) =>
        CompletionEngine.Default.Evaluate(now, month, lastYear: last is null ? null : PastYear.From(last));

    [Fact]
    public void Compare_FlowWithAMonthMissingThisYear_LeavesThatMonthOutOfBothSums()
    {
        var yoy = Evaluate(Figures2014, 4, Figures2013).Kpi(NewVisits).PreviousYear!;
        Assert.Equal((2013, Visits), (yoy.Year, yoy.Kpi));
        Assert.Equal(315_000, yoy.Actual);             // 2013's cumulative as of April, as reported
        Assert.Equal(0.1, yoy.Change!.Value, 12);     // 280,500 / 255,000 − 1
        Assert.Equal([2], yoy.Excluded);
    }

    [Fact]
    public void Compare_FlowWithAMonthMissingLastYear_LeavesThatMonthOutToo()
    {
        // 2013 without March: its cumulative as of April is 225,000; Jan + Apr: 181,500 against 165,000 = +10%.
        var last = Ledger(Plan2013, F(Visits, 1, 80_000), F(Visits, 2, 60_000), F(Visits, 4, 85_000));
        var now = Ledger(Plan2014, F(NewVisits, 1, 88_000), F(NewVisits, 3, 99_000), F(NewVisits, 4, 93_500));
        var yoy = Evaluate(now, 4, last).Kpi(NewVisits).PreviousYear!;
        Assert.Equal(225_000, yoy.Actual);
        Assert.Equal(0.1, yoy.Change!.Value, 12);
        Assert.Equal([2, 3], yoy.Excluded);
    }

    [Fact]
    public void Compare_FlowInJanuary_SumsAllDivisionsOfLastYear()
    {
        // January 2013: reader-services 70,000 + branches 10,000 = 80,000; 2014: 88,000.
        var yoy = Evaluate(Figures2014, 1, Figures2013).Kpi(NewVisits).PreviousYear!;
        Assert.Equal(80_000, yoy.Actual);
        Assert.Equal(0.1, yoy.Change!.Value, 12);
        Assert.Empty(yoy.Excluded);
    }

    [Fact]
    public void Compare_StockComparesTheLevelsAsOfTheMonth()
    {
        var yoy = Evaluate(Figures2014, 4, Figures2013).Kpi(Cards).PreviousYear!;
        Assert.Equal(276_000, yoy.Actual);
        Assert.Equal(0.07, yoy.Change!.Value, 12);  // 295,320 / 276,000 − 1
        Assert.Empty(yoy.Excluded);
    }

    [Fact]
    public void Compare_StockWithoutAFigureThisMonth_CarriesTheLatestLevel()
    {
        // As of May both years carry April's level (2013 276,000; 2014 295,320); as of March 2013 had no level yet.
        Assert.Equal(0.07, Evaluate(Figures2014, 5, Figures2013).Kpi(Cards).PreviousYear!.Change!.Value, 12);
        var march = Evaluate(Figures2014, 3, Figures2013).Kpi(Cards).PreviousYear!;
        Assert.Null(march.Actual);
        Assert.Null(march.Change);
    }

    [Fact]
    public void Compare_NothingReportedThisYearYet_ShowsLastYearWithoutAChange()
    {
        var empty = Ledger(Plan2014);
        var yoy = Evaluate(empty, 2, Figures2013).Kpi(NewVisits).PreviousYear!;
        Assert.Equal(140_000, yoy.Actual);
        Assert.Null(yoy.Change);
        Assert.Equal([1, 2], yoy.Excluded);
    }

    [Fact]
    public void Evaluate_KpiWithoutAPreviousLink_HasNoComparison()
    {
        Assert.Null(Evaluate(Figures2014, 4, Figures2013).Kpi("lectures.high-end").PreviousYear);
    }

    [Fact]
    public void Evaluate_WithoutLastYear_HasNoComparison()
    {
        Assert.All(Evaluate(Figures2014, 4, null).Kpis, k => Assert.Null(k.PreviousYear));
    }

    [Fact]
    public void Evaluate_LastYearThatIsNotTheYearBefore_IsIgnored()
    {
        // A 2014 plan handed 2014's own figures as "last year" compares with nothing rather than with itself.
        var e = Evaluate(Figures2014, 4, Figures2014);
        Assert.Null(e.LastYear);
        Assert.All(e.Kpis, k => Assert.Null(k.PreviousYear));
    }

    [Fact]
    public void Evaluate_ThisYearsStatusIsUnaffectedByLastYear()
    {
        var with = Evaluate(Figures2014, 4, Figures2013).Kpi(NewVisits);
        var without = Evaluate(Figures2014, 4, null).Kpi(NewVisits);
        Assert.NotNull(with.PreviousYear);
        Assert.Equal((without.Actual, without.Completion, without.Expected, without.Status, without.Forecast),
            (with.Actual, with.Completion, with.Expected, with.Status, with.Forecast));
        Assert.Equal(without.Divisions, with.Divisions);
    }
}
