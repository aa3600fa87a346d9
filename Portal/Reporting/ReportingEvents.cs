namespace Portal.Reporting;

/// <summary>
/// Tells the reporting pages and badges that a month's submission state, its deadlines or its reminders changed
/// (figures have their own feed). What changed on this instance reaches the other instances' pages too: the change
/// relay (Live/Instances) publishes <see cref="ChangedHere"/> on the change bus and calls <see cref="Heard"/> on the others.
/// </summary>
public sealed class ReportingEvents
{
    /// <summary>A year's reporting changed, on this instance or another: pages read it again.</summary>
    public event Action<int>? Changed;

    /// <summary>A year's reporting changed on this instance: for the other instances.</summary>
    public event Action<int>? ChangedHere;

    public void Publish(int year)
    {
        Changed?.Invoke(year);
        ChangedHere?.Invoke(year);
    }

    /// <summary>Another instance changed a year's reporting.</summary>
    public void Heard(int year) => Changed?.Invoke(year);
}
