using Portal.Domain.Engine;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;
using static Portal.Tests.Support.TwoYears;

namespace Portal.Tests.Plans;

/// <summary>The store compares each year with the year before it, whichever is loaded first, and follows saves to either.</summary>
public sealed class PlanStoreYearOverYearTests
{
    private static FigureChange Change(int year, string kpi, int month, double? value) =>
        new(year, kpi, "reader-services", month, value, null, "测试", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Current_BothYearsLoaded_ComparesWithTheSameMonthLastYear()
    {
        var store = new PlanStore(CompletionEngine.Default, new PlanFeed());
        store.Load(Plan2013, Figures2013);
        var e = store.Load(Plan2014, Figures2014).Current;

        Assert.Equal(3, e.AsOf);
        var visits = e.Kpi(Visits).PreviousYear!;
        Assert.Equal((2013, 230_000d), (visits.Year, visits.Actual!.Value));
        Assert.Equal([2], visits.Excluded);
        Assert.Equal(0.1, visits.Change!.Value, 12);
        Assert.Equal(-0.1, e.Kpi(Loans).PreviousYear!.Change!.Value, 12);
        Assert.Equal(0.05, e.Kpi(Cards).PreviousYear!.Change!.Value, 12);
        Assert.Null(e.Kpi(Lectures).PreviousYear!.Change);
        Assert.All(store.Find(2013)!.Current.Kpis, k => Assert.Null(k.PreviousYear));
    }

    [Fact]
    public void Current_LastYearLoadedAfterThisYear_IsComparedOnceLoaded()
    {
        var store = new PlanStore(CompletionEngine.Default, new PlanFeed());
        var y2014 = store.Load(Plan2014, Figures2014);
        Assert.Null(y2014.Current.Kpi(Loans).PreviousYear);

        store.Load(Plan2013, Figures2013);

        Assert.Equal(150_000, y2014.Current.Kpi(Loans).PreviousYear!.Actual);
    }

    [Fact]
    public void Apply_SaveToLastYear_ChangesThisYearsComparison()
    {
        var store = new PlanStore(CompletionEngine.Default, new PlanFeed());
        store.Load(Plan2013, Figures2013);
        var y2014 = store.Load(Plan2014, Figures2014);
        Assert.Equal([2], y2014.Current.Kpi(Visits).PreviousYear!.Excluded);

        // 2013's March visits corrected from 90,000 to 99,000: 2014's Jan + Mar 187,000 against 80,000 + 99,000.
        store.Apply(2013, [Change(2013, Visits, 3, 99_000)]);

        var visits = y2014.Current.Kpi(Visits).PreviousYear!;
        Assert.Equal(239_000, visits.Actual);
        Assert.Equal(187_000 / 179_000.0 - 1, visits.Change!.Value, 12);
    }

    [Fact]
    public void Apply_FillingTheMissingMonth_BringsItIntoTheComparison()
    {
        var store = new PlanStore(CompletionEngine.Default, new PlanFeed());
        store.Load(Plan2013, Figures2013);
        var y2014 = store.Load(Plan2014, Figures2014);

        // 2014 February reported late: 66,000. Jan–Mar 253,000 against 230,000 = +10%, nothing left out.
        store.Apply(2014, [Change(2014, Visits, 2, 66_000)]);

        var visits = y2014.Current.Kpi(Visits).PreviousYear!;
        Assert.Empty(visits.Excluded);
        Assert.Equal(0.1, visits.Change!.Value, 12);
    }
}
