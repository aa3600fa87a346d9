using System.Globalization;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;

namespace Portal.Reporting.Reminders;

/// <summary>The words of reminder e-mails and chat digests: what is owed, by when, and the link to enter it.</summary>
public static class ReminderText
{
    private const string Footer = "——浙江图书馆工作要点门户（系统自动发送，请勿回复）";

    /// <summary>The entry grid of one division's month; the year only when it is not the portal's default year.</summary>
    public static string EntryLink(string publicUrl, int year, string division, int month, int? defaultYear) =>
        $"{publicUrl.TrimEnd('/')}/entry?division={Uri.EscapeDataString(division)}&month={month}" + (year == defaultYear ? "" : $"&year={year}");

    /// <summary>24:00 of the due date, as people say it (2013-04-05 24:00).</summary>
    public static string DeadlineText(DateTimeOffset deadline) =>
        ChinaTime.Today(deadline.AddTicks(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 24:00";

    public static string ReminderSubject(Division division, ReminderMoment moment) =>
        $"【填报提醒】{division.Name} {moment.Year} 年 {moment.Month} 月数据{moment.Describe()}";

    public static string ReminderBody(Division division, ReminderMoment moment, IReadOnlyList<Kpi> missing, string link) =>
        $"""
        {division.Name}的各位同事：

        {moment.Year} 年 {moment.Month} 月的数据{moment.Describe()}（截止时间：{DeadlineText(moment.Deadline)}），以下 {missing.Count} 项尚未填报：
        {string.Join("\n", missing.Select(k => $"· {k.Name}（{k.Target.Unit}）"))}
        {Judged(moment)}

        请登录门户填报：{link}

        填报完成后，请部门负责人在“填报进度”页提交本月数据。
        {Footer}
        """;

    /// <summary>
    /// How the dashboards treat the missing figures at this moment (ADR 026): 待报 until the deadline, judged behind
    /// after it, so that a reminder and the director's overview say the same thing.
    /// </summary>
    public static string Judged(ReminderMoment moment) => moment.Kind == MomentKind.Overdue
        ? "已过截止时间：总览、大屏和月度简报已将这些指标按进度滞后计算。"
        : "截止前，总览、大屏和月度简报将这些指标显示为“待报”，不计为滞后；逾期未报将按进度滞后计算。";

    public static string ReturnedSubject(Division division, int year, int month) => $"【退回】{division.Name} {year} 年 {month} 月数据已被退回，请更正后重新提交";

    public static string ReturnedBody(Division division, int year, int month, string by, string comment, string link) =>
        $"""
        {division.Name}的各位同事：

        {year} 年 {month} 月的数据已由 {by} 退回，该月已重新开放填报。
        退回意见：{comment}

        请更正后由部门负责人重新提交：{link}
        {Footer}
        """;

    /// <summary>One chat message for every division of a moment that a robot serves.</summary>
    public static string Digest(ReminderMoment moment, IEnumerable<(Division Division, int Missing, string Link)> owing) =>
        $"【填报提醒】{moment.Year} 年 {moment.Month} 月数据{moment.Describe()}（截止 {DeadlineText(moment.Deadline)}），以下部门尚有未填报的指标：\n" +
        string.Join("\n", owing.Select(o => $"· {o.Division.Name}：{o.Missing} 项未填报 {o.Link}")) + "\n" + Judged(moment);
}
