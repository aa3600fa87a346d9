using Portal.Domain;
using Portal.Domain.Reporting;

namespace Portal.Domain.Tests.Reporting;

public sealed class DeadlineScheduleTests
{
    [Fact]
    public void Deadline_Default_IsTheFifthOfNextMonthAtMidnightChinaTime()
    {
        var schedule = new DeadlineSchedule(2013);

        Assert.Equal(new DateOnly(2013, 4, 5), schedule.DueDate(3));
        // 2013-04-05 24:00 +08:00 is 2013-04-05 16:00 UTC.
        Assert.Equal(new DateTimeOffset(2013, 4, 5, 16, 0, 0, TimeSpan.Zero), schedule.Deadline(3));
        Assert.Equal(new DateOnly(2014, 1, 5), schedule.DueDate(12));
    }

    [Fact]
    public void Deadline_HolidayException_MovesOnlyThatMonth()
    {
        // 春节 2013 fell on 10 February: January's figures are due on the 20th instead of the 5th.
        var schedule = new DeadlineSchedule(2013, 5, new Dictionary<int, DateOnly> { [1] = new(2013, 2, 20) });

        Assert.Equal(new DateOnly(2013, 2, 20), schedule.DueDate(1));
        Assert.Equal(new DateOnly(2013, 3, 5), schedule.DueDate(2));
        Assert.False(schedule.IsOverdue(1, new DateTimeOffset(2013, 2, 20, 23, 59, 0, ChinaTime.Offset)));
        Assert.True(schedule.IsOverdue(1, new DateTimeOffset(2013, 2, 21, 0, 0, 0, ChinaTime.Offset)));
    }

    [Fact]
    public void Deadline_OtherDefaultDay_AppliesToEveryMonth()
    {
        var schedule = new DeadlineSchedule(2013, 10);

        Assert.Equal(new DateOnly(2013, 3, 10), schedule.DueDate(2));
        Assert.Equal(new DateOnly(2014, 1, 10), schedule.DueDate(12));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void Schedule_DefaultDayOutOfRange_IsRefusedWithTheRange(int day)
    {
        var e = Assert.Throws<DomainException>(() => new DeadlineSchedule(2013, day));

        Assert.Contains("1 到 28 日", e.Message);
    }

    [Fact]
    public void Schedule_ExceptionBeforeTheMonthEnds_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new DeadlineSchedule(2013, 5, new Dictionary<int, DateOnly> { [3] = new(2013, 3, 28) }));

        Assert.Equal("3 月的截止日期 2013-03-28 不合理：应在 2013-04-01 到 2013-06-01 之间（该月结束之后的两个月内）。", e.Message);
    }
}
