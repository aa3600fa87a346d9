namespace Portal.Live;

/// <summary>
/// What changed in a year's reporting cycle (<see cref="PlanChanged.Reporting"/>). The record says only what kind of
/// change it was: readers (ReportingSync, the reporting board, the entry grid's lock, the owed badge) read the
/// stored state again, so it carries the same news locally and between instances.
/// </summary>
public enum ReportingChange
{
    Submitted,
    Withdrawn,
    Reviewed,
    Returned,
    Deadlines,
    Reminders,

    /// <summary>The store was reloaded from the database (after a lost connection): anything may have changed.</summary>
    Reloaded,
}
