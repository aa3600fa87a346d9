using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Overview;

/// <summary>One KPI as the overview table shows it: its result plus what the table sorts and filters on.</summary>
public sealed record KpiRow(int Order, KpiResult Result, Section Section, string LeadName)
{
    public Kpi Kpi => Result.Kpi;
    public string Code => Kpi.Code;
    public string Name => Kpi.Name;
    public KpiStatus Status => Result.Status;

    /// <summary>Null until a figure exists, so that "no data" never reads as 0%.</summary>
    public double? Completion => Result.HasData ? Result.Completion : null;

    /// <summary>The share of the target expected by the as-of month: where the pace tick sits.</summary>
    public double Pace => Result.ExpectedCompletion;

    /// <summary>The change since the same month last year (同比), null when not comparable.</summary>
    public double? Change => Result.PreviousYear?.Change;

    /// <summary>Null for a retired KPI: nothing is forecast for a KPI no longer pursued.</summary>
    public double? ForecastCompletion => Retired ? null : Result.Forecast / Kpi.Target.Value;

    /// <summary>Retired by the month shown: marked 已停用 and counted apart, not judged.</summary>
    public bool Retired => Result.Retired;

    /// <summary>Worst first: at risk, behind, on track, achieved, awaiting figures (待报), no data, then retired.</summary>
    public int Severity => Retired ? 6 : Status switch
    {
        KpiStatus.AtRisk => 0,
        KpiStatus.Behind => 1,
        KpiStatus.OnTrack => 2,
        KpiStatus.Achieved => 3,
        KpiStatus.Pending => 4,
        _ => 5,
    };

    public bool Matches(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || Code.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || Kpi.ItemCode.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || LeadName.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<KpiRow> From(PlanEvaluation evaluation)
    {
        var plan = evaluation.Plan;
        var sections = plan.Sections.ToDictionary(s => s.Code);
        // A contribution to a joint target above has no section here: it is that library's target, shown on its pages (ADR 043).
        return evaluation.Kpis.Select((r, i) => (r, i)).Where(x => x.r.Kpi.ContributesTo is null).Select(x =>
        {
            var section = sections[x.r.Kpi.SectionCode];
            var top = section.ParentCode is { } parent ? sections[parent] : section;
            return new KpiRow(x.i, x.r, top, plan.Division(x.r.Kpi.LeadDivision).Name);
        }).ToList();
    }
}
