namespace Portal.Domain.Reporting;

/// <summary>
/// The month being reported now: what a page that works on one month opens on when the address names none (the
/// reporting board and the entry grid), so that both open on the same month.
/// </summary>
public static class ReportingMonth
{
    /// <summary>
    /// In the plan year, the month most recently ended (January while January runs); in the January after it,
    /// December, whose figures are due then; for any other year, the latest month with figures (January if none).
    /// </summary>
    /// <param name="today">Today on the library's clock (<see cref="ChinaTime.Today"/>).</param>
    /// <param name="latestWithFigures">The plan year's latest month with any figure; null when it has none.</param>
    public static int Now(int planYear, DateOnly today, int? latestWithFigures)
    {
        if (today.Year == planYear) return Math.Max(1, today.Month - 1);
        if (today.Year == planYear + 1 && today.Month == 1) return 12;
        return latestWithFigures ?? 1;
    }
}
