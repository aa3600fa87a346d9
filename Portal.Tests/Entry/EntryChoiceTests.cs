using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Entry;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.Entry;

public sealed class EntryChoiceTests
{
    private static readonly PlanState Plan2013 = new(PlanFile.Load(RepoPaths.Seed("plan-2013.json")), [], CompletionEngine.Default);
    private static readonly DateTimeOffset Nov5 = new(2013, 11, 5, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(2013, 11, 5, 10)] // the month before today's
    [InlineData(2013, 1, 20, 1)]  // in January, January: December belongs to another plan year
    [InlineData(2013, 12, 31, 11)]
    [InlineData(2014, 3, 1, 12)]  // a past plan year: December
    [InlineData(2012, 6, 1, 1)]   // a plan year still ahead: January
    public void LastCompletedMonth_Today_IsTheMonthStaffReportOn(int todayYear, int todayMonth, int todayDay, int expected)
    {
        var today = new DateTimeOffset(todayYear, todayMonth, todayDay, 9, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal(expected, EntryChoice.LastCompletedMonth(2013, today));
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
