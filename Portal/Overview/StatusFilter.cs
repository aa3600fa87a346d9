using Portal.Domain.Engine;

namespace Portal.Overview;

/// <summary>
/// What the status chips filter the KPI table to: one status of the KPIs still judged, the retired ones (已停用),
/// or everything (the default).
/// </summary>
public readonly record struct StatusFilter(KpiStatus? Status = null, bool Retired = false)
{
    public static StatusFilter All => default;

    public static StatusFilter RetiredOnly => new(null, true);

    public bool Matches(KpiRow row) =>
        Retired ? row.Retired : Status is not { } s || (!row.Retired && row.Status == s);

    /// <summary>A second click on the chosen chip clears the filter.</summary>
    public StatusFilter Toggle(StatusFilter chosen) => this == chosen ? All : chosen;
}
