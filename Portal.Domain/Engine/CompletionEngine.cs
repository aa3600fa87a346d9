using Portal.Domain.Plans;
using Portal.Domain.Progress;
using Portal.Domain.Reporting;

namespace Portal.Domain.Engine;

/// <summary>
/// Turns a ledger into completion, expected pace, status and forecast for every KPI, and rolls them up into
/// sections and divisions. Pure: the same ledger and month always give the same evaluation.
/// </summary>
public sealed class CompletionEngine(StatusRules rules)
{
    public static CompletionEngine Default { get; } = new(StatusRules.Default);

    public StatusRules Rules { get; } = rules;

    /// <param name="asOf">
    /// The month to evaluate at; null means the complete month (every division that owes figures has reported or
    /// submitted it, ADR 026) when <paramref name="reporting"/> is given and such a month exists, else the latest month
    /// that has any figure.
    /// </param>
    /// <param name="items">
    /// Item progress by item code. With it, items without KPIs count in their section (unreported ones at 0%);
    /// without it (null), sections follow the KPI-only rule. Item progress has no month: it is the current state.
    /// </param>
    /// <param name="lastYear">
    /// The previous plan year's figures: each KPI that names a <see cref="Kpi.Previous"/> found there gets its year
    /// over year comparison. Null when that year is not loaded.
    /// </param>
    /// <param name="reporting">
    /// Submitted months and passed deadlines: with it, a KPI or division share whose figure is still owed and not yet
    /// due is <see cref="KpiStatus.Pending"/> rather than judged. Null: every missing figure is judged (no coverage).
    /// </param>
    /// <param name="joint">
    /// The contributions to the plan's joint targets by KPI code (ADR 043): added to the KPI's own figures, and a
    /// contributor that has not reported the month makes the KPI 待报 rather than behind.
    /// </param>
    public PlanEvaluation Evaluate(FigureLedger ledger, int? asOf = null, IReadOnlyDictionary<string, ItemProgress>? items = null,
        PastYear? lastYear = null, ReportingProgress? reporting = null, IReadOnlyDictionary<string, JointTotal>? joint = null)
    {
        var plan = ledger.Plan;
        var latest = ledger.LatestMonth;
        var coverage = reporting is null ? null : ReportingCoverage.Of(ledger, reporting);
        var month = asOf is { } m ? Figures.Months.Require(m) : coverage?.CompleteMonth ?? latest ?? 1;
        var kpis = new KpiResult[plan.Kpis.Count];
        var tally = new DivisionTally(plan.Divisions.Count);
        if (lastYear is not null && lastYear.Year != plan.Year - 1) lastYear = null;
        // A retired KPI keeps its own result (its history) but no longer counts in division rollups (ADR 014); nor does a
        // contribution to a library above, which is that library's target (ADR 043).
        for (var k = 0; k < kpis.Length; k++)
        {
            var counts = !plan.Kpis[k].IsRetiredAt(month) && plan.Kpis[k].ContributesTo is null;
            kpis[k] = Evaluate(ledger, k, month, counts ? tally : null, coverage, joint?.GetValueOrDefault(plan.Kpis[k].Code));
            if (lastYear?.Kpi(plan.Kpis[k].Previous) is { } last)
                kpis[k] = kpis[k] with { PreviousYear = PreviousYear.Compare(KpiHistory.From(ledger, k), last, month) };
        }
        return new PlanEvaluation(plan, month, latest, kpis, Rollups.Sections(plan, kpis, items, month), tally.Results(plan), items, lastYear)
            { Coverage = coverage };
    }

    /// <param name="month">1–12, or 0 and below for "before the year".</param>
    public KpiResult EvaluateKpi(FigureLedger ledger, int k, int month)
    {
        if (month > 12) Figures.Months.Require(month);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)k, (uint)ledger.Plan.Kpis.Count, nameof(k));
        return Evaluate(ledger, k, month, null);
    }

    /// <remarks>
    /// A stock KPI with an opening level is judged on its progress from that level (ADR 015): expected = opening +
    /// (target − opening) × pace(m), completion = (actual − opening) / (target − opening), and the forecast projects
    /// the progress. Without an opening level (and for flows) the base is 0 and these are the plain rules.
    /// </remarks>
    private KpiResult Evaluate(FigureLedger ledger, int k, int month, DivisionTally? tally, ReportingCoverage? coverage = null,
        JointTotal? joint = null)
    {
        var kpi = ledger.Plan.Kpis[k];
        var opening = kpi.Opening ?? 0;
        var (actual, target) = (ledger.ActualIn(k, month) + (joint?.ActualAt(month) ?? 0), kpi.Target.Value);
        var hasData = ledger.ReportingIn(k, month) > 0 || joint?.HasDataAt(month) == true;
        var expectedGain = kpi.ExpectedAt(month, target - opening);
        var status = Awaited(Rules.Classify(kpi.Target.Qualifier, actual - opening, target - opening, expectedGain, hasData),
            (coverage is not null && coverage.AwaitsAny(k, month)) || joint?.Missing(month).Count > 0);
        double? forecast = !hasData ? null
            : kpi.Aggregation == Aggregation.Stock && kpi.Opening is null ? actual
            : kpi.ProjectYearEnd(actual - opening, month) + opening;
        var completion = (actual - opening) / (target - opening);
        var result = new KpiResult(kpi, actual, completion, opening + expectedGain, status, forecast is { } f ? kpi.Round(f) : null, []);
        return result with { RetiredFrom = kpi.IsRetiredAt(month) ? kpi.RetiredFrom : null, Divisions = Shares(ledger, k, month, result, tally, coverage) };
    }

    /// <summary>A figure still owed and not yet due makes any judgement but 已完成 wait for it: 待报 (ADR 026).</summary>
    private static KpiStatus Awaited(KpiStatus status, bool awaited) =>
        awaited && status != KpiStatus.Achieved ? KpiStatus.Pending : status;

    /// <summary>
    /// Every division that carries a target for the KPI or has reported on it, in plan order. Where the target is
    /// split, each division is judged on its own part (a stock's opening level split in proportion to the targets);
    /// where it is not, the lead division answers for the whole KPI and takes its completion and status, and the
    /// others only contribute (no target, completion or status).
    /// </summary>
    private DivisionShare[] Shares(FigureLedger ledger, int k, int month, KpiResult whole, DivisionTally? tally, ReportingCoverage? coverage)
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
            var share = whole.Actual > 0 ? actual / whole.Actual : 0;
            if (double.IsNaN(target))
            {
                shares[i++] = new DivisionShare(plan.Divisions[d].Code, actual, null, null, share, null);
                continue;
            }
            double? completion;
            KpiStatus status;
            if (!kpi.IsSplit) (completion, status) = (whole.Completion, whole.Status);
            else
            {
                var opening = (kpi.Opening ?? 0) * target / kpi.Target.Value;
                completion = target > opening ? (actual - opening) / (target - opening) : null;
                status = Awaited(Rules.Classify(kpi.Target.Qualifier, actual - opening, target - opening, kpi.ExpectedAt(month, target - opening), !double.IsNaN(reported)),
                    coverage is not null && coverage.Awaits(k, d, month));
            }
            shares[i++] = new DivisionShare(plan.Divisions[d].Code, actual, target, completion, share, status);
            if (completion is { } c) tally?.Add(d, c, status);
        }
        return shares;
    }
}
