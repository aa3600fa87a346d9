namespace Portal.Domain.Reporting;

/// <summary>
/// What the engine needs to know of the reporting cycle to tell a missing report from a late one: the months whose
/// deadline has passed (a bit per month, so that two moments with the same passed deadlines compare equal and a
/// cached evaluation stays valid until the next deadline), and the divisions' submitted months.
/// </summary>
public sealed record ReportingProgress(int OverdueMonths, IReadOnlySet<(string Division, int Month)> Submitted)
{
    /// <summary>No deadline passed and nothing submitted.</summary>
    public static ReportingProgress None { get; } = new(0, new HashSet<(string, int)>());

    public static ReportingProgress At(DeadlineSchedule schedule, IReadOnlySet<(string Division, int Month)> submitted, DateTimeOffset now) =>
        new(OverdueAt(schedule, now), submitted);

    /// <summary>The months of the schedule's year whose deadline has passed at <paramref name="now"/>, as bits 1–12.</summary>
    public static int OverdueAt(DeadlineSchedule schedule, DateTimeOffset now)
    {
        var mask = 0;
        for (var m = 1; m <= 12; m++)
            if (schedule.IsOverdue(m, now)) mask |= 1 << m;
        return mask;
    }

    public bool IsOverdue(int month) => (OverdueMonths >> month & 1) != 0;

    public bool IsSubmitted(string division, int month) => Submitted.Contains((division, month));
}
