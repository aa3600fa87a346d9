using Portal.Domain.Engine;

namespace Portal.Wall;

/// <summary>
/// The expected pace of a section or a division: the mean share of the year's work due by now over its KPIs,
/// the same kind of mean as its completion, so that the bar and its marker compare like with like. The bar's
/// colour follows the domain's status rules applied to that pair.
/// </summary>
public static class WallPace
{
    public static double? Section(PlanEvaluation e, string sectionCode)
    {
        var scope = e.Plan.SectionScope(sectionCode);
        return Mean(e.Kpis.Where(r => scope.Contains(r.Kpi.SectionCode)).Select(r => r.Kpi.PaceAt(e.AsOf)));
    }

    public static double? Division(PlanEvaluation e, string divisionCode) =>
        Mean(e.Kpis.Where(r => r.Divisions.Any(s => s.Division == divisionCode && s.Completion is not null))
            .Select(r => r.Kpi.PaceAt(e.AsOf)));

    public static KpiStatus Status(double? completion, double? pace, StatusRules rules) =>
        completion is { } c && double.IsFinite(c) && pace is { } p
            ? rules.Classify(Domain.Plans.Qualifier.Target, c, 1, p, hasData: true)
            : KpiStatus.NoData;

    private static double? Mean(IEnumerable<double> paces)
    {
        var list = paces.ToList();
        return list.Count == 0 ? null : list.Average();
    }
}
