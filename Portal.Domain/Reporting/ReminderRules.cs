namespace Portal.Domain.Reporting;

/// <summary>
/// When reminders go out, relative to a month's due date (all at <see cref="SendAt"/> China time): some days
/// before it, on the day itself, and every day after it while figures are still missing, up to a limit.
/// </summary>
public sealed class ReminderRules
{
    public ReminderRules(IReadOnlyList<int>? daysBefore = null, bool onTheDay = true, bool dailyWhenOverdue = true,
        int overdueDays = 30, TimeOnly? sendAt = null)
    {
        var before = (daysBefore ?? [3]).Distinct().OrderDescending().ToList();
        if (before.Any(d => d is < 1 or > 28))
            throw new DomainException(ReportingText.Text["Rules.DaysBefore"], "daysBefore");
        if (overdueDays is < 0 or > 366)
            throw new DomainException(ReportingText.Text["Rules.OverdueDays"], "overdueDays");
        DaysBefore = before;
        OnTheDay = onTheDay;
        DailyWhenOverdue = dailyWhenOverdue;
        OverdueDays = overdueDays;
        SendAt = sendAt ?? new TimeOnly(9, 0);
    }

    public static ReminderRules Default { get; } = new();

    public IReadOnlyList<int> DaysBefore { get; }
    public bool OnTheDay { get; }
    public bool DailyWhenOverdue { get; }
    public int OverdueDays { get; }
    public TimeOnly SendAt { get; }
}
