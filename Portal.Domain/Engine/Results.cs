using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Domain.Engine;

/// <summary>
/// A division's part in one KPI: its own actual and its share of the KPI's actual. Target, Completion and Status are
/// null for a division that only contributes (参与); the lead division of an unsplit KPI has the KPI's own.
/// </summary>
public sealed record DivisionShare(string Division, double Actual, double? Target, double? Completion, double Share, KpiStatus? Status)
{
    public bool Contributes => Target is null;
}

/// <summary>
/// One KPI as of a month. For a stock with an opening level, Completion is the progress from that level, Expected
/// and Forecast are levels. Forecast is in the KPI's precision (whole numbers unless fractional), null before any
/// figure. PreviousYear is null when the KPI is not linked to a loaded previous year.
/// </summary>
public sealed record KpiResult(
    Kpi Kpi, double Actual, double Completion, double Expected, KpiStatus Status, double? Forecast,
    IReadOnlyList<DivisionShare> Divisions, PreviousYear? PreviousYear = null)
{
    public bool HasData => Status != KpiStatus.NoData;

    /// <summary>
    /// The month the KPI was retired from (<see cref="Kpi.RetiredFrom"/>) when that is by the evaluated month, else
    /// null. A retired KPI keeps its figures and status as history, but counts in no section or division rollup and
    /// is owed by nobody, and pages mark it 已停用 rather than judge it.
    /// </summary>
    public int? RetiredFrom { get; init; }

    public bool Retired => RetiredFrom is not null;

    /// <summary>The completion expected by now (the pace tick): (expected − opening) / (target − opening).</summary>
    public double ExpectedCompletion => (Expected - (Kpi.Opening ?? 0)) / (Kpi.Target.Value - (Kpi.Opening ?? 0));

    /// <summary>The increase this year from the opening level; null for a KPI without one.</summary>
    public double? Gain => Kpi.Opening is { } o ? Actual - o : null;
}

/// <summary>
/// Completion is null where nothing counts: no KPIs and no tracked items. ItemCount is the number of items without
/// KPIs that count in it (0 when items are not tracked).
/// </summary>
public sealed record SectionResult(Section Section, double? Completion, int KpiCount, int ItemCount = 0);

/// <summary>Completion is null where the division carries no target.</summary>
public sealed record DivisionResult(Division Division, double? Completion, IReadOnlyDictionary<KpiStatus, int> StatusCounts);

/// <summary>
/// How the whole plan stands as of one month: immutable, safe to share between circuits. Items is the item progress
/// the sections were rolled up with, or null when items are not tracked. LastYear is the previous year's figures the
/// KPIs were compared with, or null.
/// </summary>
public sealed record PlanEvaluation(
    Plan Plan, int AsOf, int? LatestMonth, IReadOnlyList<KpiResult> Kpis,
    IReadOnlyList<SectionResult> Sections, IReadOnlyList<DivisionResult> Divisions,
    IReadOnlyDictionary<string, ItemProgress>? Items = null, PastYear? LastYear = null)
{
    public KpiResult Kpi(string code) => Kpis[Plan.KpiIndex(code)];

    /// <summary>
    /// Which divisions have reported which months, when the plan was evaluated with the reporting cycle (ADR 026);
    /// null without it.
    /// </summary>
    public ReportingCoverage? Coverage { get; init; }

    /// <summary>The latest month every division owing figures has reported or submitted (null: none, or no coverage).</summary>
    public int? CompleteMonth => Coverage?.CompleteMonth;

    /// <summary>The divisions that still owe figures for months up to the as-of month.</summary>
    public IReadOnlyList<OwedDivision> Owed => Coverage?.OwedThrough(AsOf) ?? [];

    public SectionResult Section(string code) => Sections.First(s => s.Section.Code == code);

    /// <summary>An item's progress; an unreported item is not started.</summary>
    public ItemProgress Item(string code) => Items?.GetValueOrDefault(code) ?? ItemProgress.NotStarted(code);
}
