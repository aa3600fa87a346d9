using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// Year over year (同比) for one KPI as of month m: last year's actual as of the same month and the change against it.
/// </summary>
/// <param name="Year">Last year (the plan year − 1).</param>
/// <param name="Kpi">The code of last year's KPI this one continues.</param>
/// <param name="Actual">Last year's actual as of the same month (flow: cumulative; stock: level); null when last year had no figure by then.</param>
/// <param name="Change">this / last − 1 over the months both years reported (1.0 = +100%); null when there is nothing to compare.</param>
/// <param name="Excluded">Months 1..m left out of a flow comparison because only one of the two years has a figure for them.</param>
public sealed record PreviousYear(int Year, string Kpi, double? Actual, double? Change, IReadOnlyList<int> Excluded)
{
    /// <summary>The months a flow's change was computed over (those both years reported); empty for a stock, which compares levels.</summary>
    public IReadOnlyList<int> Compared { get; init; } = [];

    /// <summary>
    /// Last year's figure the change was computed from: the sum of the compared months for a flow, the level for a
    /// stock. Pages show this one beside the change, so that the two read as one sentence.
    /// </summary>
    public double? Base { get; init; }

    /// <summary>
    /// Compares this year's history with last year's as of month m. Flow KPIs compare the sums of the months that
    /// both years reported (a month missing in one year is left out of both sums, and named in Excluded), so that an
    /// unreported month does not show as a fall; stock KPIs compare the levels as of m (a level carries over a month
    /// without a figure).
    /// </summary>
    public static PreviousYear Compare(KpiHistory now, KpiHistory last, int month)
    {
        month = Math.Min(month, 12);
        var lastActual = last.ActualAt(month);
        if (month <= 0) return new PreviousYear(last.Year, last.Kpi.Code, null, null, []);
        if (now.Kpi.Aggregation == Aggregation.Stock || last.Kpi.Aggregation == Aggregation.Stock)
            return new PreviousYear(last.Year, last.Kpi.Code, lastActual, Ratio(now.ActualAt(month), lastActual), []) { Base = lastActual };
        double thisSum = 0, lastSum = 0;
        var compared = new List<int>();
        var excluded = new List<int>();
        for (var m = 1; m <= month; m++)
        {
            var (a, b) = (now.MonthTotal(m), last.MonthTotal(m));
            if (a is { } x && b is { } y)
            {
                (thisSum, lastSum) = (thisSum + x, lastSum + y);
                compared.Add(m);
            }
            else if (a is not null || b is not null) excluded.Add(m);
        }
        return new PreviousYear(last.Year, last.Kpi.Code, lastActual, compared.Count == 0 ? null : Ratio(thisSum, lastSum), excluded)
            { Compared = compared, Base = compared.Count == 0 ? null : lastSum };
    }

    private static double? Ratio(double? now, double? last) => now is { } a && last is { } b && b > 0 ? a / b - 1 : null;
}
