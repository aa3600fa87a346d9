using System.Globalization;
using Portal.Domain.Localization;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;

namespace Portal.Reporting.Reminders;

/// <summary>The words of reminder e-mails and chat digests: what is owed, by when, and the link to enter it.</summary>
public static class ReminderText
{
    private static readonly TextResource Text = new(typeof(ReminderText));

    /// <summary>
    /// The entry grid of one division's month under <paramref name="root"/> (the library's portal: the public address
    /// and its /l/{code}, or that alone in a page); the year only when it is not the library's default year.
    /// </summary>
    public static string EntryLink(string root, int year, string division, int month, int? defaultYear) =>
        $"{root.TrimEnd('/')}/entry?division={Uri.EscapeDataString(division)}&month={month}" + (year == defaultYear ? "" : $"&year={year}");

    /// <summary>24:00 of the due date, as people say it (2013-04-05 24:00).</summary>
    public static string DeadlineText(DateTimeOffset deadline) =>
        ChinaTime.Today(deadline.AddTicks(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 24:00";

    public static string ReminderSubject(Division division, ReminderMoment moment, CultureInfo culture) =>
        Text.Format(culture, "Reminder.Subject", division.Name, moment.Year, moment.Month, moment.Describe(culture));

    public static string ReminderBody(Division division, ReminderMoment moment, IReadOnlyList<Kpi> missing, string link, CultureInfo culture) =>
        Text.Format(culture, "Reminder.Body", division.Name, moment.Year, moment.Month, moment.Describe(culture), DeadlineText(moment.Deadline),
            missing.Count, string.Join("\n", missing.Select(k => Text.Format(culture, "Reminder.MissingKpi", k.Name, k.Target.Unit))),
            Judged(moment, culture), link, Text.Get("Footer", culture));

    /// <summary>
    /// How the dashboards treat the missing figures at this moment (ADR 026): 待报 until the deadline, judged behind
    /// after it, so that a reminder and the director's overview say the same thing.
    /// </summary>
    public static string Judged(ReminderMoment moment, CultureInfo culture) =>
        Text.Get(moment.Kind == MomentKind.Overdue ? "Judged.Overdue" : "Judged.BeforeDeadline", culture);

    public static string ReturnedSubject(Division division, int year, int month, CultureInfo culture) =>
        Text.Format(culture, "Returned.Subject", division.Name, year, month);

    public static string ReturnedBody(Division division, int year, int month, string by, string comment, string link, CultureInfo culture) =>
        Text.Format(culture, "Returned.Body", division.Name, year, month, by, comment, link, Text.Get("Footer", culture));

    /// <summary>The chat message of a returned month: its subject, the director's comment and the link.</summary>
    public static string ReturnedChat(string subject, string comment, string link, CultureInfo culture) =>
        Text.Format(culture, "Returned.Chat", subject, comment, link);

    /// <summary>One chat message for every division of a moment that a robot serves.</summary>
    public static string Digest(ReminderMoment moment, IEnumerable<(Division Division, int Missing, string Link)> owing, CultureInfo culture) =>
        Text.Format(culture, "Digest.Head", moment.Year, moment.Month, moment.Describe(culture), DeadlineText(moment.Deadline)) + "\n" +
        string.Join("\n", owing.Select(o => Text.Format(culture, "Digest.Division", o.Division.Name, o.Missing, o.Link))) + "\n" + Judged(moment, culture);

    public static string DigestSubject(int year, int month, CultureInfo culture) => Text.Format(culture, "Digest.Subject", year, month);
}
