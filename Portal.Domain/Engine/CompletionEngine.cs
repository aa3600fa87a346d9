using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Domain.Engine;

/// <summary>
/// Turns a ledger into completion, expected pace, status and forecast for every KPI, and rolls them up into
/// sections and divisions. Pure: the same ledger and month always give the same evaluation.
/// </summary>
public sealed class CompletionEngine(StatusRules rules)
{
    public static CompletionEngine Default { get; } = new(StatusRules.Default);

    public StatusRules Rules { get; } = rules;

    /// <param name="asOf">The month to evaluate at; null means the latest month that has any figure.</param>
    /// <param name="items">
    /// Item progress by item code. With it, items without KPIs count in their section (unreported ones at 0%);
    /// without it (null), sections follow the KPI-only rule. Item progress has no month: it is the current state.
    /// </param>
    public PlanEvaluation Evaluate(FigureLedger ledger, int? asOf = null, IReadOnlyDictionary<string, ItemProgress>? items = null)
    {
        var plan = ledger.Plan;
        var latest = ledger.LatestMonth;
        var month = asOf is { } m ? Figures.Months.Require(m) : latest ?? 1;
        var kpis = new KpiResult[plan.Kpis.Count];
        var tally = new DivisionTally(plan.Divisions.Count);
        // A retired KPI keeps its own result (its history) but no longer counts in division rollups (ADR 014).
        for (var k = 0; k < kpis.Length; k++) kpis[k] = Evaluate(ledger, k, month, plan.Kpis[k].IsRetiredAt(month) ? null : tally);
        return new PlanEvaluation(plan, month, latest, kpis, Rollups.Sections(plan, kpis, items, month), tally.Results(plan), items);
    }

    /// <param name="month">1–12, or 0 and below for "before the year".</param>
    public KpiResult EvaluateKpi(FigureLedger ledger, int k, int month)
    {
        if (month > 12) Figures.Months.Require(month);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)k, (uint)ledger.Plan.Kpis.Count, nameof(k));
        return Evaluate(ledger, k, month, null);
    }

    private KpiResult Evaluate(FigureLedger ledger, int k, int month, DivisionTally? tally)
    {
        var kpi = ledger.Plan.Kpis[k];
        var target = kpi.Target.Value;
        var actual = ledger.ActualIn(k, month);
        var hasData = ledger.ReportingIn(k, month) > 0;
        var expected = kpi.ExpectedAt(month);
        var status = Rules.Classify(kpi.Target.Qualifier, actual, target, expected, hasData);
        double? forecast = !hasData ? null
            : kpi.Aggregation == Aggregation.Stock ? actual
            : kpi.ProjectYearEnd(actual, month);
        return new KpiResult(kpi, actual, actual / target, expected, status, forecast, Shares(ledger, k, month, actual, tally));
    }

    /// <summary>Every division that carries a target for the KPI or has reported on it, in plan order.</summary>
    private DivisionShare[] Shares(FigureLedger ledger, int k, int month, double total, DivisionTally? tally)
    {
        var plan = ledger.Plan;
        var kpi = plan.Kpis[k];
        var divisions = plan.Divisions.Count;
        var listed = 0;
        for (var d = 0; d < divisions; d++)
            if (!double.IsNaN(plan.Layout.Target(k, d)) || !double.IsNaN(ledger.DivisionActualIn(k, d, month))) listed++;
        var shares = new DivisionShare[listed];
        var i = 0;
        for (var d = 0; d < divisions && i < listed; d++)
        {
            var target = plan.Layout.Target(k, d);
            var reported = ledger.DivisionActualIn(k, d, month);
            if (double.IsNaN(target) && double.IsNaN(reported)) continue;
            var actual = double.IsNaN(reported) ? 0 : reported;
            var share = total > 0 ? actual / total : 0;
            if (double.IsNaN(target))
            {
                shares[i++] = new DivisionShare(plan.Divisions[d].Code, actual, null, null, share, KpiStatus.OnTrack);
                continue;
            }
            double? completion = target > 0 ? actual / target : null;
            var status = Rules.Classify(kpi.Target.Qualifier, actual, target, kpi.ExpectedAt(month, target), !double.IsNaN(reported));
            shares[i++] = new DivisionShare(plan.Divisions[d].Code, actual, target, completion, share, status);
            if (completion is { } c) tally?.Add(d, c, status);
        }
        return shares;
    }
}
