namespace Portal.Reporting;

/// <summary>
/// Tells this server's reporting pages and badges that a month's submission state or its reminders changed
/// (figures have their own feed). In-process only: another instance's pages see it at their next figure change or load.
/// </summary>
public sealed class ReportingEvents
{
    public event Action<int>? Changed;

    public void Publish(int year) => Changed?.Invoke(year);
}
