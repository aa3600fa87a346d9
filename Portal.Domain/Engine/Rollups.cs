using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Domain.Engine;

/// <summary>
/// Section and division completion: the mean of completion clamped to 0..1 over their KPIs (a level below its
/// opening counts as 0), so that one over-achiever
/// cannot hide a laggard. When item progress is tracked, a section's mean also takes in each of its items that has
/// no KPI, at its percentage (unreported items at 0); an item with KPIs is represented by them (ADR 005).
/// </summary>
internal static class Rollups
{
    /// <param name="items">Item progress by item code, or null when items are not tracked (the KPI-only rule).</param>
    /// <param name="month">The month evaluated: KPIs retired by then no longer count (ADR 014).</param>
    public static SectionResult[] Sections(Plan plan, KpiResult[] kpis, IReadOnlyDictionary<string, ItemProgress>? items, int month)
    {
        var layout = plan.Layout;
        var results = new SectionResult[plan.Sections.Count];
        for (var s = 0; s < results.Length; s++)
        {
            var scope = layout.SectionKpis[s];
            var tasks = items is null ? [] : layout.SectionTasks[s];
            var sum = 0.0;
            var counted = 0;
            foreach (var k in scope)
            {
                if (plan.Kpis[k].IsRetiredAt(month)) continue;
                sum += Math.Clamp(kpis[k].Completion, 0, 1);
                counted++;
            }
            foreach (var item in tasks) sum += Math.Min(items!.TryGetValue(item, out var p) ? p.Fraction : 0, 1);
            var n = counted + tasks.Length;
            results[s] = new SectionResult(plan.Sections[s], n == 0 ? null : sum / n, counted, tasks.Length);
        }
        return results;
    }
}

/// <summary>Collects, division by division, the completions and statuses of the KPI targets each one carries.</summary>
internal sealed class DivisionTally(int divisions)
{
    private static readonly int StatusCount = Enum.GetValues<KpiStatus>().Length;

    private readonly double[] _sum = new double[divisions];
    private readonly int[] _carried = new int[divisions];
    private readonly int[] _statuses = new int[divisions * StatusCount];

    public void Add(int d, double completion, KpiStatus status)
    {
        _sum[d] += Math.Clamp(completion, 0, 1);
        _carried[d]++;
        _statuses[d * StatusCount + (int)status]++;
    }

    public DivisionResult[] Results(Plan plan)
    {
        var results = new DivisionResult[_carried.Length];
        for (var d = 0; d < results.Length; d++)
        {
            var counts = new Dictionary<KpiStatus, int>();
            for (var s = 0; s < StatusCount; s++)
                if (_statuses[d * StatusCount + s] is > 0 and var n) counts[(KpiStatus)s] = n;
            results[d] = new DivisionResult(plan.Divisions[d], _carried[d] == 0 ? null : _sum[d] / _carried[d], counts);
        }
        return results;
    }
}
