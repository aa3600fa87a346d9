using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// Section and division completion: the mean of min(completion, 1) over their KPIs, so that one over-achiever
/// cannot hide a laggard.
/// </summary>
internal static class Rollups
{
    public static double CappedMean(IEnumerable<double> completions)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var c in completions)
        {
            sum += Math.Min(c, 1);
            n++;
        }
        return n == 0 ? double.NaN : sum / n;
    }

    public static List<SectionResult> Sections(Plan plan, IReadOnlyList<KpiResult> kpis) =>
        plan.Sections.Select(s =>
        {
            var scope = plan.SectionScope(s.Code);
            var own = kpis.Where(r => scope.Contains(r.Kpi.SectionCode)).Select(r => r.Completion).ToList();
            return new SectionResult(s, own.Count == 0 ? null : CappedMean(own), own.Count);
        }).ToList();

    public static List<DivisionResult> Divisions(Plan plan, IReadOnlyList<KpiResult> kpis) =>
        plan.Divisions.Select(d =>
        {
            var carried = kpis.SelectMany(r => r.Divisions).Where(s => s.Division == d.Code && s.Completion is not null).ToList();
            var counts = carried.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count());
            return new DivisionResult(d, carried.Count == 0 ? null : CappedMean(carried.Select(s => s.Completion!.Value)), counts);
        }).ToList();
}
