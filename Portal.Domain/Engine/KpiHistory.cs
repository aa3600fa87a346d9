using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// One KPI's year as reported: each month's total over all divisions (null where nobody reported that month) and
/// the KPI's actual as of each month (flow: the running sum; stock: the level), null before its first figure.
/// Index m − 1 for month m.
/// </summary>
public sealed record KpiHistory(int Year, Kpi Kpi, IReadOnlyList<double?> MonthTotals, IReadOnlyList<double?> Actuals)
{
    /// <summary>The actual as of month m (0 and below: before the year, null).</summary>
    public double? ActualAt(int month) => month <= 0 ? null : Actuals[Figures.Months.Require(month) - 1];

    public double? MonthTotal(int month) => MonthTotals[Figures.Months.Require(month) - 1];

    public static KpiHistory From(FigureLedger ledger, int k)
    {
        var totals = new double?[12];
        var actuals = new double?[12];
        for (var m = 1; m <= 12; m++)
        {
            totals[m - 1] = ledger.MonthTotal(k, m);
            actuals[m - 1] = ledger.HasDataAt(k, m) ? ledger.ActualAt(k, m) : null;
        }
        return new KpiHistory(ledger.Plan.Year, ledger.Plan.Kpis[k], totals, actuals);
    }
}

/// <summary>An immutable copy of one plan year's KPI histories, to compare another year with (year over year).</summary>
public sealed class PastYear
{
    private readonly Dictionary<string, KpiHistory> _kpis;

    private PastYear(int year, Dictionary<string, KpiHistory> kpis) => (Year, _kpis) = (year, kpis);

    public int Year { get; }

    public static PastYear From(FigureLedger ledger) =>
        new(ledger.Plan.Year, Enumerable.Range(0, ledger.Plan.Kpis.Count).ToDictionary(k => ledger.Plan.Kpis[k].Code, k => KpiHistory.From(ledger, k)));

    /// <summary>The history of the KPI with this code, or null when that year has no such KPI.</summary>
    public KpiHistory? Kpi(string? code) => code is not null && _kpis.TryGetValue(code, out var h) ? h : null;
}
