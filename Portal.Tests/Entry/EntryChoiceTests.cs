using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Entry;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.Entry;

namespace Portal.Tests.Entry;

public sealed class EntryChoiceTests
{
    private static readonly PlanState Plan2013 = new(PlanFile.Load(RepoPaths.Seed("plan-2013.json")), [], CompletionEngine.Default);
    private static readonly DateTimeOffset Nov5 = new(2013, 11, 5, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Resolve_NoMonth_PastYearWithFiguresToMarch_OpensOnMarch()
    {
        var clock = new FixedClock(new DateTimeOffset(2014, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)));
        var firstQuarter = new PlanState(Plan2013.Plan, [
            new MonthlyFigure("circulation.loans", "reader-services", 1, 86_420),
            new MonthlyFigure("circulation.loans", "reader-services", 2, 61_305),
            new MonthlyFigure("circulation.loans", "reader-services", 3, 90_118),
        ], CompletionEngine.Default);

        Assert.Equal(3, EntryChoice.Resolve([firstQuarter], 2013, "reader-services", null, null, ChinaTime.Now(clock))?.Month);
    }

    [Fact]
    public void Resolve_NoMonth_OnTheFirstOfTheMonthInBeijing_OpensOnTheMonthJustEnded()
    {
        // 1 December 2013 00:30 in Beijing is still 30 November in UTC: the library's clock decides.
        var clock = new FixedClock(new DateTimeOffset(2013, 11, 30, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(11, EntryChoice.Resolve([Plan2013], null, "reader-services", null, null, ChinaTime.Now(clock))?.Month);
    }

    [Fact]
    public void Resolve_NothingAsked_IsTheFirstLeadingDivisionAndLastMonth()
    {
        Assert.Equal(new EntryChoice(2013, "local-docs", 10), EntryChoice.Resolve([Plan2013], null, null, null, null, Nov5));
    }

    [Fact]
    public void Resolve_OwnDivision_IsTheDefault()
    {
        Assert.Equal("branches", EntryChoice.Resolve([Plan2013], null, null, null, "branches", Nov5)?.Division);
    }

    [Fact]
    public void Resolve_AddressGivesAll_TakesThem()
    {
        Assert.Equal(new EntryChoice(2013, "digital", 3), EntryChoice.Resolve([Plan2013], 2013, "digital", 3, "branches", Nov5));
    }

    [Fact]
    public void Resolve_AddressGivesNonsense_FallsBackToDefaults()
    {
        Assert.Equal(new EntryChoice(2013, "local-docs", 10), EntryChoice.Resolve([Plan2013], 1999, "no-such-division", 13, null, Nov5));
    }

    [Fact]
    public void Resolve_NoPlans_IsNull()
    {
        Assert.Null(EntryChoice.Resolve([], null, null, null, null, Nov5));
    }
}
