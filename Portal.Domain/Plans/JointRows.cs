namespace Portal.Domain.Plans;

/// <summary>
/// A contributing library's plan with a row of its own for each joint target of the libraries above it that names it
/// (ADR 043): a KPI coded joint.{library}.{kpi}, carried by one of its divisions. Derived whenever the plan is loaded,
/// so that the figures entered there are the library's own rows (its isolation, audit, closures and versions).
/// </summary>
public static class JointRows
{
    /// <param name="above">The plans of the libraries above the contributor, each with its library's code and level.</param>
    /// <param name="code">The contributor's library code.</param>
    /// <param name="level">The contributor's level: <c>city</c> or <c>county</c>.</param>
    public static Plan WithContributions(Plan plan, IEnumerable<(string Library, string Level, Plan Plan)> above, string code, string level)
    {
        var own = plan.Kpis.Where(k => k.ContributesTo is null).ToList();
        var rows = new List<Kpi>();
        foreach (var (library, aboveLevel, abovePlan) in above.Where(a => a.Plan.Year == plan.Year))
        foreach (var joint in abovePlan.Kpis.Where(k => k.ContributesTo is null && k.Joint?.Includes(code, level) == true))
        {
            if (DivisionFor(plan, joint.Joint!) is not { } division) continue;
            var contribution = new JointContribution(library, joint.Code);
            rows.Add(new Kpi(contribution.Code, Name(aboveLevel, joint.Name), "", "", joint.Target, Aggregation.Flow, division,
                seasonality: joint.Seasonality, fractional: joint.Fractional, retiredFrom: joint.RetiredFrom, contributesTo: contribution));
        }
        if (rows.Count == 0 && own.Count == plan.Kpis.Count) return plan;
        return new Plan(plan.Year, plan.Title, plan.Sections, [.. own, .. rows], plan.Divisions);
    }

    /// <summary>
    /// 省联合目标：… or 市联合目标：…, in Chinese like the plan's own names: the row's name wherever it is listed (the
    /// grid, the board, reminders, exports) says whose target it is.
    /// </summary>
    private static string Name(string level, string name) =>
        PlanText.Text.Format(Chinese, level == "city" ? "Joint.RowOfCity" : "Joint.RowOfProvince", name);

    private static readonly System.Globalization.CultureInfo Chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The division named by the joint target when the contributor has it and it still reports, else its first one that does.</summary>
    public static string? DivisionFor(Plan plan, JointTarget joint) =>
        (joint.Division is { } d && plan.HasDivision(d) && plan.Division(d).RetiredFrom is null ? d : null)
        ?? plan.Divisions.FirstOrDefault(x => x.RetiredFrom is null)?.Code;
}
