namespace Portal.Domain.Reporting;

/// <summary>
/// Which reminder moments are due now. For each month only its latest moment that has passed counts, and only
/// within <see cref="CatchUp"/> of it: a server that was down sends the newest reminder when it comes back, not a
/// backlog of stale ones, and a fresh install does not remind about years long past.
/// </summary>
public static class ReminderPlanner
{
    public static readonly TimeSpan CatchUp = TimeSpan.FromDays(1);

    /// <summary>Every moment of a month, in time order.</summary>
    public static IReadOnlyList<ReminderMoment> MomentsOf(DeadlineSchedule schedule, ReminderRules rules, int month)
    {
        var due = schedule.DueDate(month);
        var deadline = schedule.Deadline(month);
        var moments = new List<ReminderMoment>();
        foreach (var days in rules.DaysBefore)
            moments.Add(new(schedule.Year, month, MomentKind.Before, days, ChinaTime.At(due.AddDays(-days), rules.SendAt), deadline));
        if (rules.OnTheDay) moments.Add(new(schedule.Year, month, MomentKind.OnTheDay, 0, ChinaTime.At(due, rules.SendAt), deadline));
        if (rules.DailyWhenOverdue)
            for (var days = 1; days <= rules.OverdueDays; days++)
                moments.Add(new(schedule.Year, month, MomentKind.Overdue, days, ChinaTime.At(due.AddDays(days), rules.SendAt), deadline));
        return moments;
    }

    /// <summary>The moments due at <paramref name="now"/>: at most one per month.</summary>
    public static IReadOnlyList<ReminderMoment> Due(DeadlineSchedule schedule, ReminderRules rules, DateTimeOffset now)
    {
        var due = new List<ReminderMoment>();
        for (var month = 1; month <= 12; month++)
        {
            if (MomentsOf(schedule, rules, month).LastOrDefault(m => m.At <= now) is { } latest && now - latest.At < CatchUp)
                due.Add(latest);
        }
        return due;
    }
}
