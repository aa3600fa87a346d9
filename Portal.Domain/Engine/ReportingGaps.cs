namespace Portal.Domain.Engine;

/// <summary>The months up to the as-of month for which a division has not reported a KPI it carries a target for (and owed: neither retired yet).</summary>
public sealed record ReportingGap(Plans.Kpi Kpi, IReadOnlyList<int> Months);

public static class ReportingGaps
{
    /// <summary>
    /// Only KPIs the division carries (lead division, or a share of a split target) count: a division that merely
    /// contributes to a KPI is not expected to report it every month.
    /// </summary>
    public static IReadOnlyList<ReportingGap> For(FigureLedger ledger, string division, int asOf)
    {
        var plan = ledger.Plan;
        var d = plan.DivisionIndex(division);
        asOf = Figures.Months.Require(asOf);
        var gaps = new List<ReportingGap>();
        for (var k = 0; k < plan.Kpis.Count; k++)
        {
            if (plan.Kpis[k].TargetFor(division) is null) continue;
            var missing = Enumerable.Range(1, asOf).Where(m => Owes(plan, k, d, m) && ledger.Value(k, d, m) is null).ToList();
            if (missing.Count > 0) gaps.Add(new ReportingGap(plan.Kpis[k], missing));
        }
        return gaps;
    }

    /// <summary>
    /// The KPIs a division carries a target for in <paramref name="month"/>: what it owes that month. Nothing is owed
    /// on a KPI retired by then, and a division retired by then owes nothing (ADR 014).
    /// </summary>
    public static IReadOnlyList<Plans.Kpi> Carried(Plans.Plan plan, string division, int month)
    {
        var d = plan.DivisionIndex(division);
        return plan.Kpis.Where((_, i) => Carries(plan, i, d, month)).ToList();
    }

    /// <summary>The KPIs a division carries that have no figure for <paramref name="month"/>.</summary>
    public static IReadOnlyList<Plans.Kpi> MissingIn(FigureLedger ledger, string division, int month)
    {
        var plan = ledger.Plan;
        var d = plan.DivisionIndex(division);
        month = Figures.Months.Require(month);
        return Carried(plan, division, month).Where(k => ledger.Value(plan.KpiIndex(k.Code), d, month) is null).ToList();
    }

    private static bool Owes(Plans.Plan plan, int k, int d, int month) =>
        !plan.Kpis[k].IsRetiredAt(month) && !plan.Divisions[d].IsRetiredAt(month);

    /// <summary>Division <paramref name="d"/> owes KPI <paramref name="k"/>'s figure for the month: it carries a target for it (<see cref="Carried"/>).</summary>
    internal static bool Carries(Plans.Plan plan, int k, int d, int month) =>
        !double.IsNaN(plan.Layout.Target(k, d)) && Owes(plan, k, d, month);
}
