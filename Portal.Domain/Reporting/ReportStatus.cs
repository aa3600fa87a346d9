namespace Portal.Domain.Reporting;

/// <summary>A cell of the reporting board: 已填报, 未填报 (still on time) or 逾期 (missing after the deadline).</summary>
public enum ReportStatus { Reported, Missing, Overdue }

public static class ReportStatuses
{
    public static ReportStatus Of(bool reported, DeadlineSchedule schedule, int month, DateTimeOffset now) =>
        reported ? ReportStatus.Reported : schedule.IsOverdue(month, now) ? ReportStatus.Overdue : ReportStatus.Missing;

    public static string Label(ReportStatus status) => status switch
    {
        ReportStatus.Reported => ReportingText.Text["Status.Reported"],
        ReportStatus.Missing => ReportingText.Text["Status.Missing"],
        _ => ReportingText.Text["Status.Overdue"],
    };
}
