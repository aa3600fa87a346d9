using Portal.Domain.Reporting;

namespace Portal.Domain.Tests.Reporting;

/// <summary>The month the reporting board and the entry grid open on when the address names none.</summary>
public sealed class ReportingMonthTests
{
    [Theory]
    [InlineData(2013, 11, 5, null, 10)] // the month most recently ended
    [InlineData(2013, 12, 31, 12, 11)]  // figures entered early for December do not move it
    [InlineData(2013, 1, 20, null, 1)]  // January while January runs: December belongs to another plan year
    [InlineData(2014, 1, 10, 11, 12)]   // the January after: December's figures are due now
    [InlineData(2014, 3, 1, 12, 12)]    // a past plan year: its latest month with figures
    [InlineData(2026, 12, 7, 3, 3)]     // data stops at March: March, not December
    [InlineData(2026, 12, 7, null, 1)]  // a past year with no figures at all
    [InlineData(2012, 6, 1, null, 1)]   // a plan year still ahead
    public void Now_TodayAndLatestFigures_IsTheMonthBeingReported(int year, int month, int day, int? latest, int expected)
    {
        Assert.Equal(expected, ReportingMonth.Now(2013, new DateOnly(year, month, day), latest));
    }
}
