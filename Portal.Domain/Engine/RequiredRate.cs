using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// What it would take to reach the annual target: the monthly rate needed for the rest of the year,
/// (target − actual) / (12 − asOf), set against the rate so far. For a flow KPI the rate so far is actual / asOf;
/// for a stock KPI both rates are increases of the level, the one so far measured from its opening level at the start
/// of the year, or without one from its first reported level.
/// </summary>
/// <param name="Gap">Target minus actual; zero or less once the target is met.</param>
/// <param name="MonthsLeft">Months after the as-of month, 0 in December.</param>
/// <param name="Needed">The monthly rate still needed; null when no month is left; 0 once the target is met.</param>
/// <param name="SoFar">The monthly rate so far; null for a stock KPI with fewer than two reported months.</param>
public sealed record RequiredRate(double Gap, int MonthsLeft, double? Needed, double? SoFar)
{
    private const int Months = 12;

    public bool Met => Gap <= 0;

    /// <summary>How many times the rate so far the rest of the year needs (1.2 = 20% faster); null when unknown.</summary>
    public double? Factor => Needed is { } n && SoFar is { } s && s > 0 ? n / s : null;

    /// <summary>Monthly figures that add up: the rate so far is the average month.</summary>
    public static RequiredRate Flow(double target, double actual, int asOf)
    {
        asOf = Figures.Months.Require(asOf);
        return Of(target - actual, asOf, actual / asOf);
    }

    /// <summary>A level: the rate so far is its average monthly increase since it was first reported.</summary>
    public static RequiredRate Stock(double target, double level, int asOf, double? firstLevel, int? firstMonth)
    {
        asOf = Figures.Months.Require(asOf);
        double? soFar = firstLevel is { } start && firstMonth is { } from && from < asOf ? (level - start) / (asOf - from) : null;
        return Of(target - level, asOf, soFar);
    }

    /// <param name="actualByMonth">The KPI's actual as of each month 1..asOf (index m − 1), null before any figure.</param>
    public static RequiredRate For(Kpi kpi, IReadOnlyList<double?> actualByMonth, int asOf)
    {
        asOf = Figures.Months.Require(asOf);
        if (actualByMonth.Count < asOf)
            throw new DomainException(EngineText.Text.Format("RequiredRate.Months", asOf, actualByMonth.Count), "month");
        var actual = actualByMonth[asOf - 1] ?? 0;
        if (kpi.Aggregation == Aggregation.Flow) return Flow(kpi.Target.Value, actual, asOf);
        // A stock with an opening level has grown from it since the start of the year (month 0).
        if (kpi.Opening is { } opening) return Stock(kpi.Target.Value, actual, asOf, opening, 0);
        var first = Enumerable.Range(1, asOf).Cast<int?>().FirstOrDefault(m => actualByMonth[m!.Value - 1] is not null);
        return Stock(kpi.Target.Value, actual, asOf, first is { } f ? actualByMonth[f - 1] : null, first);
    }

    private static RequiredRate Of(double gap, int asOf, double? soFar)
    {
        var left = Months - asOf;
        double? needed = left == 0 ? null : Math.Max(gap, 0) / left;
        return new RequiredRate(gap, left, needed, soFar);
    }
}
