using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;

namespace Portal.Briefing;

/// <summary>
/// One KPI in the briefing: as of the month, and its completion a month earlier. Previous is null in January (no
/// earlier month in the plan year) and for a stock KPI with no level yet; Change is in completion (0.07 = 7 points).
/// </summary>
public sealed record BriefingKpiRow(KpiResult Now, double? Previous, KpiStatus? PreviousStatus, double? MonthTotal)
{
    public Kpi Kpi => Now.Kpi;
    public double? Change => Previous is { } p ? Now.Completion - p : null;
}

/// <summary>A note given with a figure: the reason a person wrote down.</summary>
public sealed record BriefingNote(string Kpi, int Month, string Division, string Text);

/// <summary>A KPI behind or at risk, with the notes of its figures (latest first) that explain why.</summary>
public sealed record BriefingRisk(KpiResult Kpi, IReadOnlyList<BriefingNote> Notes);

/// <summary>A division that carries targets and lacks figures for the month: Missing are the KPIs it carries without one.</summary>
public sealed record BriefingGap(Division Division, IReadOnlyList<Kpi> Missing, int Carried, bool ReportedAny);

/// <summary>The director's monthly briefing for one plan year and month.</summary>
public sealed record MonthlyBriefing(
    PlanEvaluation Evaluation, int Month, bool MonthHasData, IReadOnlyList<BriefingKpiRow> Kpis, IReadOnlyList<BriefingKpiRow> Movers,
    IReadOnlyList<BriefingRisk> Risks, IReadOnlyList<TrackedItem> Blocked, IReadOnlyList<BriefingGap> Gaps)
{
    public const int MoverCount = 5;
    public const int NotesPerRisk = 3;

    public Plan Plan => Evaluation.Plan;

    /// <summary>Divisions that carry a target and have no figure at all for the month.</summary>
    public IEnumerable<BriefingGap> NotReported => Gaps.Where(g => !g.ReportedAny);

    /// <summary>Divisions that reported something for the month but not every KPI they carry.</summary>
    public IEnumerable<BriefingGap> Incomplete => Gaps.Where(g => g.ReportedAny);
}
