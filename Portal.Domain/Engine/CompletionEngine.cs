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
        for (var k = 0; k < kpis.Length; k++) kpis[k] = EvaluateKpi(ledger, k, month);
        return new PlanEvaluation(plan, month, latest, kpis, Rollups.Sections(plan, kpis, items), Rollups.Divisions(plan, kpis), items);
    }

    public KpiResult EvaluateKpi(FigureLedger ledger, int k, int month)
    {
        var kpi = ledger.Plan.Kpis[k];
        var target = kpi.Target.Value;
        var pace = kpi.PaceAt(month);
        var actual = ledger.ActualAt(k, month);
        var hasData = ledger.HasDataAt(k, month);
        var expected = target * pace;
        var status = Rules.Classify(kpi.Target.Qualifier, actual, target, expected, hasData);
        double? forecast = !hasData ? null
            : kpi.Aggregation == Aggregation.Stock ? actual
            : pace > 0 ? actual / pace : null;
        return new KpiResult(kpi, actual, actual / target, expected, status, forecast, Shares(ledger, k, month, actual, pace));
    }

    private List<DivisionShare> Shares(FigureLedger ledger, int k, int month, double total, double pace)
    {
        var kpi = ledger.Plan.Kpis[k];
        var shares = new List<DivisionShare>();
        for (var d = 0; d < ledger.Plan.Divisions.Count; d++)
        {
            var code = ledger.Plan.Divisions[d].Code;
            var target = kpi.TargetFor(code);
            var reported = ledger.DivisionActualAt(k, d, month);
            if (reported is null && target is null) continue;
            var actual = reported ?? 0;
            double? completion = target is > 0 ? actual / target : null;
            var status = target is { } t
                ? Rules.Classify(kpi.Target.Qualifier, actual, t, t * pace, reported is not null)
                : reported is null ? KpiStatus.NoData : KpiStatus.OnTrack;
            shares.Add(new DivisionShare(code, actual, target, completion, total > 0 ? actual / total : 0, status));
        }
        return shares;
    }
}
