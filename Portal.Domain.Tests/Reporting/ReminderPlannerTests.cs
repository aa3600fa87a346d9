using Microsoft.Extensions.Time.Testing;
using Portal.Domain.Reporting;

namespace Portal.Domain.Tests.Reporting;

public sealed class ReminderPlannerTests
{
    private static readonly DeadlineSchedule Spring = new(2013, 5, new Dictionary<int, DateOnly> { [1] = new(2013, 2, 20) });

    private static DateTimeOffset China(int month, int day, int hour, int minute = 0) => new(2013, month, day, hour, minute, 0, ChinaTime.Offset);

    private static string[] DueAt(FakeTimeProvider clock, int? month = null) =>
        ReminderPlanner.Due(Spring, ReminderRules.Default, clock.GetUtcNow()).Where(m => month is null || m.Month == month)
            .Select(m => $"{m.Month}:{m.Key}").ToArray();

    [Fact]
    public void Due_AcrossTheMonthBoundary_FebruaryIsRemindedThreeDaysBeforeTheFifthOfMarch()
    {
        var clock = new FakeTimeProvider(China(2, 28, 23, 59));
        Assert.Empty(DueAt(clock, 2));

        clock.SetUtcNow(China(3, 2, 8, 59));
        Assert.Empty(DueAt(clock, 2));

        clock.Advance(TimeSpan.FromMinutes(1)); // 2 March 09:00: three days before 5 March
        Assert.Equal(["2:before-3"], DueAt(clock, 2));

        clock.SetUtcNow(China(3, 5, 9, 0));
        Assert.Equal(["2:due"], DueAt(clock, 2));

        clock.SetUtcNow(China(3, 7, 9, 30)); // two days late
        Assert.Equal(["2:overdue-2"], DueAt(clock, 2));
    }

    [Fact]
    public void Due_HolidayException_JanuaryWaitsForTheTwentieth()
    {
        var clock = new FakeTimeProvider(China(2, 2, 9, 0)); // without the exception January would be reminded now
        Assert.Empty(DueAt(clock, 1));

        clock.SetUtcNow(China(2, 17, 9, 0));
        Assert.Equal(["1:before-3"], DueAt(clock, 1));

        clock.SetUtcNow(China(2, 21, 9, 0));
        Assert.Equal(["1:overdue-1"], DueAt(clock, 1));
    }

    [Fact]
    public void Due_TwoMonthsOnOneMorning_ReturnsBoth()
    {
        // 5 March: February's deadline day and January's 13th overdue day (its deadline was 20 February).
        var clock = new FakeTimeProvider(China(3, 5, 9, 0));

        Assert.Equal(["1:overdue-13", "2:due"], DueAt(clock));
    }

    [Fact]
    public void Due_AfterADayDown_SkipsTheStaleMoment()
    {
        var clock = new FakeTimeProvider(China(3, 2, 20, 0));
        Assert.Equal(["2:before-3"], DueAt(clock, 2)); // 11 hours late: still sent

        clock.SetUtcNow(China(3, 3, 10, 0)); // 25 hours late, and the next moment (due) has not come yet
        Assert.Empty(DueAt(clock, 2));
    }

    [Fact]
    public void Due_LongAfterTheLastOverdueDay_IsNothing()
    {
        var rules = new ReminderRules(overdueDays: 2);
        var moments = ReminderPlanner.MomentsOf(Spring, rules, 2);

        Assert.Equal(["before-3", "due", "overdue-1", "overdue-2"], moments.Select(m => m.Key));
        Assert.Empty(ReminderPlanner.Due(Spring, rules, China(3, 20, 9, 0)));
    }
}
