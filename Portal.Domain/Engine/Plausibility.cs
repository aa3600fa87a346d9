using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

public enum PlausibilityRule
{
    /// <summary>More than <see cref="Plausibility.SpikeFactor"/> times the division's average month.</summary>
    Spike,

    /// <summary>A stock level below the division's previous reported level.</summary>
    StockDrop,
}

/// <summary>Why a figure looks wrong: the rule, the value it was compared with, and for a drop the month of that value.</summary>
public sealed record PlausibilityWarning(PlausibilityRule Rule, double Reference, int? ReferenceMonth = null);

/// <summary>
/// Flags figures that are valid but probably mistyped (an extra zero, swapped digits), so that the person saving
/// confirms them with a note. Compares with the same division's own figures for the KPI; pure.
/// </summary>
public static class Plausibility
{
    public const double SpikeFactor = 3.0;

    /// <param name="monthly">The division's figures for the KPI, January first (12 entries, null = not reported).
    /// The entry for <paramref name="month"/> itself is ignored: it is the value being replaced.</param>
    public static PlausibilityWarning? Check(Kpi kpi, int month, double value, IReadOnlyList<double?> monthly)
    {
        Months.Require(month);
        if (monthly.Count != 12)
            throw new DomainException(EngineText.Text.Format("Plausibility.TwelveMonths", monthly.Count), "monthly");
        if (kpi.Aggregation == Aggregation.Stock && PreviousLevel(month, monthly) is { } previous && value < previous.Value)
            return new PlausibilityWarning(PlausibilityRule.StockDrop, previous.Value, previous.Month);
        // An average of zero gives no scale to compare with: any first non-zero figure would be "over 3×".
        if (AverageOfOtherMonths(month, monthly) is { } average && average > 0 && value > SpikeFactor * average)
            return new PlausibilityWarning(PlausibilityRule.Spike, average);
        return null;
    }

    private static double? AverageOfOtherMonths(int month, IReadOnlyList<double?> monthly)
    {
        double sum = 0;
        var count = 0;
        for (var m = 1; m <= 12; m++)
        {
            if (m == month || monthly[m - 1] is not { } v) continue;
            sum += v;
            count++;
        }
        return count == 0 ? null : sum / count;
    }

    /// <summary>The latest level reported before the month (a skipped month compares with the one before it).</summary>
    private static (double Value, int Month)? PreviousLevel(int month, IReadOnlyList<double?> monthly)
    {
        for (var m = month - 1; m >= 1; m--)
            if (monthly[m - 1] is { } v) return (v, m);
        return null;
    }
}
