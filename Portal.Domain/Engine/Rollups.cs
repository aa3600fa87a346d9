using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Domain.Engine;

/// <summary>
/// Section and division completion: the mean of min(completion, 1) over their KPIs, so that one over-achiever
/// cannot hide a laggard. When item progress is tracked, a section's mean also takes in each of its items that has
/// no KPI, at its percentage (unreported items at 0); an item with KPIs is represented by them (ADR 005).
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

    /// <param name="items">Item progress by item code, or null when items are not tracked (the KPI-only rule).</param>
    public static List<SectionResult> Sections(Plan plan, IReadOnlyList<KpiResult> kpis, IReadOnlyDictionary<string, ItemProgress>? items)
    {
        var measured = plan.Kpis.Select(k => k.ItemCode).ToHashSet();
        return plan.Sections.Select(s =>
        {
            var scope = plan.SectionScope(s.Code);
            var own = kpis.Where(r => scope.Contains(r.Kpi.SectionCode)).Select(r => r.Completion).ToList();
            var tasks = items is null ? []
                : plan.Items.Where(i => scope.Contains(i.SectionCode) && !measured.Contains(i.Code))
                    .Select(i => items.TryGetValue(i.Code, out var p) ? p.Fraction : 0).ToList();
            var n = own.Count + tasks.Count;
            return new SectionResult(s, n == 0 ? null : CappedMean(own.Concat(tasks)), own.Count, tasks.Count);
        }).ToList();
    }

    public static List<DivisionResult> Divisions(Plan plan, IReadOnlyList<KpiResult> kpis) =>
        plan.Divisions.Select(d =>
        {
            var carried = kpis.SelectMany(r => r.Divisions).Where(s => s.Division == d.Code && s.Completion is not null).ToList();
            var counts = carried.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count());
            return new DivisionResult(d, carried.Count == 0 ? null : CappedMean(carried.Select(s => s.Completion!.Value)), counts);
        }).ToList();
}
