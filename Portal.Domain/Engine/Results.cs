using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>A division's part in one KPI. Target and Completion are null for a division that only contributes.</summary>
public sealed record DivisionShare(string Division, double Actual, double? Target, double? Completion, double Share, KpiStatus Status);

public sealed record KpiResult(
    Kpi Kpi, double Actual, double Completion, double Expected, KpiStatus Status, double? Forecast,
    IReadOnlyList<DivisionShare> Divisions)
{
    public bool HasData => Status != KpiStatus.NoData;
}

/// <summary>Completion is null where the section has no KPIs.</summary>
public sealed record SectionResult(Section Section, double? Completion, int KpiCount);

/// <summary>Completion is null where the division carries no target.</summary>
public sealed record DivisionResult(Division Division, double? Completion, IReadOnlyDictionary<KpiStatus, int> StatusCounts);

/// <summary>How the whole plan stands as of one month: immutable, safe to share between circuits.</summary>
public sealed record PlanEvaluation(
    Plan Plan, int AsOf, int? LatestMonth, IReadOnlyList<KpiResult> Kpis,
    IReadOnlyList<SectionResult> Sections, IReadOnlyList<DivisionResult> Divisions)
{
    public KpiResult Kpi(string code) => Kpis[Plan.KpiIndex(code)];
}
