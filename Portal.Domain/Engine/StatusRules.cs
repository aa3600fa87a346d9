using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// Classifies a KPI: Achieved when the target is met (for 约 targets, within the tolerance); otherwise by
/// actual / expected against the OnTrack and Behind thresholds. The boundaries themselves count as the better status.
/// </summary>
public sealed record StatusRules(double OnTrack = 0.95, double Behind = 0.80, double AboutTolerance = 0.05)
{
    public static StatusRules Default { get; } = new();

    public bool IsAchieved(Qualifier qualifier, double actual, double target) =>
        qualifier == Qualifier.About ? actual >= (1 - AboutTolerance) * target : actual >= target;

    public KpiStatus Classify(Qualifier qualifier, double actual, double target, double expected, bool hasData)
    {
        if (!hasData) return KpiStatus.NoData;
        if (IsAchieved(qualifier, actual, target)) return KpiStatus.Achieved;
        if (expected <= 0 || actual >= OnTrack * expected) return KpiStatus.OnTrack;
        return actual >= Behind * expected ? KpiStatus.Behind : KpiStatus.AtRisk;
    }
}
