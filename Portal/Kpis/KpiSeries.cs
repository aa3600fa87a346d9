using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;

namespace Portal.Kpis;

/// <summary>One division's monthly figures for a KPI (index m − 1; null where it has not reported).</summary>
public sealed record DivisionSeries(Division Division, double?[] Monthly);

/// <summary>
/// A KPI's year month by month, read from the ledger in one consistent read: the actual as of each month up to
/// the as-of month, the expected pace, the monthly totals and each division's figures. LastYear is the KPI it
/// continues, with last year's whole year, or null.
/// </summary>
public sealed record KpiSeries(double?[] Actual, double[] Expected, double?[] Monthly, IReadOnlyList<DivisionSeries> Divisions)
{
    public const int Months = 12;

    public KpiHistory? LastYear { get; init; }

    public static KpiSeries Read(PlanState state, Kpi kpi, int asOf, KpiHistory? lastYear = null)
    {
        // A joint target's contributions from the libraries below count in its actual and monthly totals, as in the engine (ADR 043).
        var joint = state.Joint(kpi.Code);
        return state.Read(ledger => Read(ledger, kpi, asOf, joint) with { LastYear = lastYear });
    }

    private static KpiSeries Read(FigureLedger ledger, Kpi kpi, int asOf, JointTotal? joint)
    {
        var plan = ledger.Plan;
        var k = plan.KpiIndex(kpi.Code);
        var actual = new double?[Months];
        var expected = new double[Months];
        var monthly = new double?[Months];
        for (var m = 1; m <= Months; m++)
        {
            actual[m - 1] = m <= asOf && (ledger.HasDataAt(k, m) || joint?.HasDataAt(m) == true) ? ledger.ActualAt(k, m) + (joint?.ActualAt(m) ?? 0) : null;
            expected[m - 1] = (kpi.Opening ?? 0) + kpi.ExpectedAt(m, kpi.Target.Value - (kpi.Opening ?? 0));
            monthly[m - 1] = m > asOf ? null : (ledger.MonthTotal(k, m), joint?.MonthTotal(m)) switch
            {
                (null, null) => null,
                var (own, others) => (own ?? 0) + (others ?? 0),
            };
        }
        var divisions = new List<DivisionSeries>();
        for (var d = 0; d < plan.Divisions.Count; d++)
        {
            var values = Enumerable.Range(1, Months).Select(m => m <= asOf ? ledger.Value(k, d, m) : null).ToArray();
            if (values.Any(v => v is not null) || kpi.TargetFor(plan.Divisions[d].Code) is not null)
                divisions.Add(new DivisionSeries(plan.Divisions[d], values));
        }
        return new KpiSeries(actual, expected, monthly, divisions);
    }

    /// <summary>What it would take to reach the target from the as-of month on.</summary>
    public RequiredRate Required(Kpi kpi, int asOf) => RequiredRate.For(kpi, Actual, asOf);
}
