using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;

namespace Portal.Entry;

/// <summary>What the entry page shows: a plan year, a division and a month.</summary>
public sealed record EntryChoice(int Year, string Division, int Month)
{
    /// <summary>
    /// Fills what the address did not give (or gave wrongly) with defaults: the current plan year, the user's own
    /// division, and the month being reported now (<see cref="ReportingMonth"/>, the reporting board's rule).
    /// <paramref name="ownDivision"/> is the signed-in user's division once accounts exist; until then it is null and
    /// the first division that leads a KPI is used.
    /// Null when there is no plan, or the plan has no divisions.
    /// </summary>
    public static EntryChoice? Resolve(IReadOnlyList<PlanState> plans, int? year, string? division, int? month,
        string? ownDivision, DateTimeOffset today)
    {
        if (DefaultPlan(plans, year, today.Year) is not { } state) return null;
        var plan = state.Plan;
        if (DefaultDivision(plan, division, ownDivision) is not { } code) return null;
        return new EntryChoice(plan.Year, code, month is >= 1 and <= 12 ? month.Value
            : ReportingMonth.Now(plan.Year, ChinaTime.Today(today), state.Current.LatestMonth));
    }

    private static PlanState? DefaultPlan(IReadOnlyList<PlanState> plans, int? year, int thisYear) =>
        plans.FirstOrDefault(p => p.Plan.Year == year) ?? DefaultYear.Among(plans, thisYear);

    private static string? DefaultDivision(Plan plan, string? requested, string? own)
    {
        if (requested is not null && plan.HasDivision(requested)) return requested;
        if (own is not null && plan.HasDivision(own)) return own;
        return plan.Divisions.FirstOrDefault(d => plan.Kpis.Any(k => k.LeadDivision == d.Code))?.Code
            ?? plan.Divisions.FirstOrDefault()?.Code;
    }
}
