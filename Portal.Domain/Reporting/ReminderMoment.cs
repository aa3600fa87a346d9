using System.Globalization;

namespace Portal.Domain.Reporting;

public enum MomentKind { Before, OnTheDay, Overdue }

/// <summary>
/// One moment at which a month's reminders go out. <see cref="Key"/> (before-3, due, overdue-2) is unique within
/// a month and is what the portal stores to send each reminder once per division.
/// </summary>
public sealed record ReminderMoment(int Year, int Month, MomentKind Kind, int Days, DateTimeOffset At, DateTimeOffset Deadline)
{
    public string Key => Kind switch
    {
        MomentKind.Before => $"before-{Days}",
        MomentKind.OnTheDay => "due",
        _ => $"overdue-{Days}",
    };

    /// <summary>The moment in words for a reminder's subject: 还有 3 天截止, 今天截止, 已逾期 2 天.</summary>
    public string Describe(CultureInfo culture) => Kind switch
    {
        MomentKind.Before => ReportingText.Text.Format(culture, "Moment.Before", Days),
        MomentKind.OnTheDay => ReportingText.Text.Get("Moment.OnTheDay", culture),
        _ => ReportingText.Text.Format(culture, "Moment.Overdue", Days),
    };
}
