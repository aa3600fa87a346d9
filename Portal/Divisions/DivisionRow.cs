using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Divisions;

/// <summary>
/// A division in the comparison: its completion (the engine's capped mean over the KPIs it carries), the mean pace
/// of those KPIs as the comparable expectation, and its KPIs counted by status. LastYear is its completion as of the
/// same month last year, when that year is loaded and the division carried KPIs with figures then.
/// </summary>
public sealed record DivisionRow(Division Division, double? Completion, double? Pace, KpiStatus Status, IReadOnlyDictionary<KpiStatus, int> Counts)
{
    public double? LastYear { get; init; }

    /// <summary>Completion now minus completion as of the same month last year (0.05 = 5 percentage points).</summary>
    public double? Change => HasData && Completion is { } now && LastYear is { } then ? now - then : null;

    public int Carried => Counts.Values.Sum();

    /// <summary>Whether any KPI it carries has a figure: until then its 0% is "nothing reported", not a result.</summary>
    public bool HasData => Counts.Any(c => c.Key != KpiStatus.NoData && c.Value > 0);

    public int Count(KpiStatus status) => Counts.GetValueOrDefault(status);

    /// <summary>
    /// Best first; then divisions with nothing reported yet, then those that carry no KPI, in plan order. With
    /// <paramref name="lastYear"/> (last year's evaluation as of the same month) each row gets its change; ranked
    /// <paramref name="byChange"/>, the biggest gain comes first and rows without a change follow in completion order.
    /// </summary>
    public static IReadOnlyList<DivisionRow> Ranked(PlanEvaluation evaluation, PlanEvaluation? lastYear = null, bool byChange = false)
    {
        var rows = Rows(evaluation);
        if (lastYear is not null)
        {
            var then = Rows(lastYear).Where(r => r.HasData).ToDictionary(r => r.Division.Code, r => r.Completion);
            rows = rows.Select(r => r with { LastYear = then.GetValueOrDefault(r.Division.Code) }).ToList();
        }
        return byChange ? rows.OrderBy(r => r.Change is null ? 1 : 0).ThenByDescending(r => r.Change ?? 0).ToList() : rows;
    }

    private static List<DivisionRow> Rows(PlanEvaluation evaluation)
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
