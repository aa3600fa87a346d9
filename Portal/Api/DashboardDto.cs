using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Api;

/// <summary>
/// The exact JSON of GET /api/plans/{year}/dashboard and of the hub's DashboardChanged. Field names and
/// value spellings are a contract: qualifier "target"/"at-least"/"about", aggregation "flow"/"stock",
/// status "Achieved"/"OnTrack"/"Behind"/"AtRisk"/"NoData"/"Pending", completion as a fraction (1.0 = 100%). A KPI's
/// retiredFrom is the month it was retired from once the dashboard's month has reached it (it then counts in no
/// section or division), else null. Added by ADR 026: completeMonth, the latest month every division owing figures
/// has reported or submitted (asOf without ?asOf; null when none has), and owed, the divisions that still owe
/// figures for months up to asOf; status "Pending" (待报) for a KPI whose figures are owed and not yet due.
/// </summary>
public sealed record DashboardDto(int Year, int AsOf, IReadOnlyList<KpiDto> Kpis, IReadOnlyList<SectionDto> Sections, IReadOnlyList<DivisionDto> Divisions,
    int? CompleteMonth, IReadOnlyList<OwedDto> Owed)
{
    public static DashboardDto From(PlanEvaluation e) => new(
        e.Plan.Year, e.AsOf,
        e.Kpis.Select(KpiDto.From).ToList(),
        e.Sections.Select(s => new SectionDto(s.Section.Code, s.Section.Title, s.Completion)).ToList(),
        e.Divisions.Select(d => new DivisionDto(d.Division.Code, d.Division.Name, d.Completion)).ToList(),
        e.CompleteMonth, e.Owed.Select(o => new OwedDto(o.Division.Code, o.Division.Name, o.Months)).ToList());
}

/// <summary>A division that has neither reported every figure it owes for these months nor submitted them.</summary>
public sealed record OwedDto(string Division, string Name, IReadOnlyList<int> Months);

public sealed record KpiDto(
    string Code, string Name, string Unit, double Target, string Qualifier, string Aggregation, double Actual,
    double Completion, double Expected, string Status, double? Forecast, IReadOnlyList<KpiDivisionDto> Divisions,
    double? Opening, PreviousYearDto? PreviousYear, int? RetiredFrom)
{
    public static KpiDto From(KpiResult r) => new(
        r.Kpi.Code, r.Kpi.Name, r.Kpi.Target.Unit, r.Kpi.Target.Value, Spell(r.Kpi.Target.Qualifier), Spell(r.Kpi.Aggregation),
        r.Actual, r.Completion, r.Expected, r.Status.ToString(), r.Forecast,
        r.Divisions.Select(d => new KpiDivisionDto(d.Division, d.Actual, d.Target, d.Completion)).ToList(),
        r.Kpi.Opening, r.PreviousYear is { } p ? new PreviousYearDto(p.Year, p.Kpi, p.Actual, p.Change, p.Excluded) : null,
        r.RetiredFrom);

    private static string Spell(Qualifier q) => q switch
    {
        Domain.Plans.Qualifier.AtLeast => "at-least",
        Domain.Plans.Qualifier.About => "about",
        _ => "target",
    };

    private static string Spell(Aggregation a) => a == Domain.Plans.Aggregation.Stock ? "stock" : "flow";
}

/// <summary>Year over year (同比): last year's KPI, its actual as of the same month, the change and the months left out.</summary>
public sealed record PreviousYearDto(int Year, string Kpi, double? Actual, double? Change, IReadOnlyList<int> ExcludedMonths);

public sealed record KpiDivisionDto(string Code, double Actual, double? Target, double? Completion);

public sealed record SectionDto(string Code, string Title, double? Completion);

public sealed record DivisionDto(string Code, string Name, double? Completion);
