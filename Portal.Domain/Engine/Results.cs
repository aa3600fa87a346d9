using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Domain.Engine;

/// <summary>A division's part in one KPI. Target and Completion are null for a division that only contributes.</summary>
public sealed record DivisionShare(string Division, double Actual, double? Target, double? Completion, double Share, KpiStatus Status);

public sealed record KpiResult(
    Kpi Kpi, double Actual, double Completion, double Expected, KpiStatus Status, double? Forecast,
    IReadOnlyList<DivisionShare> Divisions)
{
    public bool HasData => Status != KpiStatus.NoData;
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
/// the sections were rolled up with, or null when items are not tracked.
/// </summary>
public sealed record PlanEvaluation(
    Plan Plan, int AsOf, int? LatestMonth, IReadOnlyList<KpiResult> Kpis,
    IReadOnlyList<SectionResult> Sections, IReadOnlyList<DivisionResult> Divisions,
    IReadOnlyDictionary<string, ItemProgress>? Items = null)
{
    public KpiResult Kpi(string code) => Kpis[Plan.KpiIndex(code)];

    public SectionResult Section(string code) => Sections.First(s => s.Section.Code == code);

    /// <summary>An item's progress; an unreported item is not started.</summary>
    public ItemProgress Item(string code) => Items?.GetValueOrDefault(code) ?? ItemProgress.NotStarted(code);
}
