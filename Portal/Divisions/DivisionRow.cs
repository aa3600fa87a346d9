using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Divisions;

/// <summary>
/// A division in the comparison: its completion (the engine's capped mean over the KPIs it carries), the mean pace
/// of those KPIs as the comparable expectation, and its KPIs counted by status.
/// </summary>
public sealed record DivisionRow(Division Division, double? Completion, double? Pace, KpiStatus Status, IReadOnlyDictionary<KpiStatus, int> Counts)
{
    public int Carried => Counts.Values.Sum();

    /// <summary>Whether any KPI it carries has a figure: until then its 0% is "nothing reported", not a result.</summary>
    public bool HasData => Counts.Any(c => c.Key != KpiStatus.NoData && c.Value > 0);

    public int Count(KpiStatus status) => Counts.GetValueOrDefault(status);

    /// <summary>Best first; then divisions with nothing reported yet, then those that carry no KPI, in plan order.</summary>
    public static IReadOnlyList<DivisionRow> Ranked(PlanEvaluation evaluation)
    {
        var rules = StatusRules.Default;
        return evaluation.Divisions.Select(d =>
            {
                var paces = evaluation.Kpis
                    .Where(k => k.Divisions.Any(s => s.Division == d.Division.Code && s.Completion is not null))
                    .Select(k => Math.Min(k.Kpi.PaceAt(evaluation.AsOf), 1)).ToList();
                double? pace = paces.Count == 0 ? null : paces.Average();
                var hasData = d.StatusCounts.Keys.Any(s => s != KpiStatus.NoData);
                var status = d.Completion is { } c && pace is { } p
                    ? rules.Classify(Qualifier.Target, c, 1, p, hasData)
                    : KpiStatus.NoData;
                return new DivisionRow(d.Division, d.Completion, pace, status, d.StatusCounts);
            })
            .OrderBy(r => r.HasData ? 0 : r.Completion is null ? 2 : 1)
            .ThenByDescending(r => r.HasData ? r.Completion ?? 0 : 0)
            .ToList();
    }

    /// <summary>The name without its parenthesised full title, for chart axes: 历史文献部（省古籍保护中心） → 历史文献部.</summary>
    public string ShortName => Division.Name.Split('（', '(')[0];
}
