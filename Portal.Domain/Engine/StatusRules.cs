using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// Classifies a KPI: Achieved when the target is met (for 约 targets, within the tolerance); otherwise by
/// actual / expected against the OnTrack and Behind thresholds. The boundaries themselves count as the better status.
/// </summary>
/// <remarks>
/// Thresholds are compared with a ratio, not multiplied into the bound: a correctly rounded actual / expected of
/// exactly 95% is the very double written 0.95, whereas threshold × expected can round either way.
/// </remarks>
public sealed record StatusRules(double OnTrack = 0.95, double Behind = 0.80, double AboutTolerance = 0.05)
{
    public static StatusRules Default { get; } = new();

    public bool IsAchieved(Qualifier qualifier, double actual, double target) =>
        qualifier == Qualifier.About && target > 0 ? actual / target >= 1 - AboutTolerance : actual >= target;

    public KpiStatus Classify(Qualifier qualifier, double actual, double target, double expected, bool hasData)
    {
        if (!hasData) return KpiStatus.NoData;
        if (IsAchieved(qualifier, actual, target)) return KpiStatus.Achieved;
        if (expected <= 0) return KpiStatus.OnTrack;
        var ratio = actual / expected;
        return ratio >= OnTrack ? KpiStatus.OnTrack : ratio >= Behind ? KpiStatus.Behind : KpiStatus.AtRisk;
    }
}
