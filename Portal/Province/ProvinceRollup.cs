using Portal.Data.Entities;
using Portal.Domain.Engine;

namespace Portal.Province;

/// <summary>
/// The province's calculations over libraries already evaluated by their live stores (ADR 041): overall completion,
/// status counts, ranking, the medians of each level and of the whole set, 同比, and the reporting totals. Plain
/// and synchronous, so that the province page and a province wall compute the same numbers.
/// </summary>
public static class ProvinceRollup
{
    public static ProvinceView Of(int year, int month, IReadOnlyList<LibraryMonth> libraries)
    {
        var completions = libraries.ToDictionary(l => l.Id, l => l.Evaluation is { } e ? Overall(e) : null);
        var province = Median(libraries, completions);
        var peers = libraries.GroupBy(l => l.Level).ToDictionary(g => g.Key, g => Median(g.ToList(), completions));
        var standings = libraries.Select(l =>
        {
            var completion = completions[l.Id];
            return new LibraryStanding(l, completion, l.Evaluation is { } e ? Statuses(e) : new Dictionary<KpiStatus, int>(),
                Rank(completion, completions.Values), l.LastYear is { } last ? Overall(last) : null,
                completion - peers[l.Level].Value, completion - province.Value);
        }).ToList();
        var reporting = new ReportingTotal(libraries.Sum(l => l.Reporting.Submitted.Count), libraries.Sum(l => l.Reporting.Owing.Count),
            libraries.Count(l => l.Reported), libraries.Count);
        return new ProvinceView(year, month, standings, province, peers, reporting);
    }

    /// <summary>
    /// The mean of the plan's KPIs' completion, each clamped to 0..1. KPIs retired by the month do not count, nor does a
    /// library's contribution to a joint target above it: that is the other library's target (ADR 043).
    /// </summary>
    public static double? Overall(PlanEvaluation evaluation)
    {
        var counted = Own(evaluation).Select(k => Math.Clamp(k.Completion, 0, 1)).ToList();
        return counted.Count == 0 ? null : counted.Average();
    }

    /// <summary>The mean share of the year's work due by the evaluation's month over the KPIs <see cref="Overall"/> counts: its bar's pace marker.</summary>
    public static double? Pace(PlanEvaluation evaluation)
    {
        var paces = Own(evaluation).Select(k => k.Kpi.PaceAt(evaluation.AsOf)).ToList();
        return paces.Count == 0 ? null : paces.Average();
    }

    /// <summary>How many of the plan's own KPIs (retired ones and contributions aside) have each status, as the overview counts them.</summary>
    public static IReadOnlyDictionary<KpiStatus, int> Statuses(PlanEvaluation evaluation) =>
        Own(evaluation).GroupBy(k => k.Status).ToDictionary(g => g.Key, g => g.Count());

    private static IEnumerable<KpiResult> Own(PlanEvaluation evaluation) =>
        evaluation.Kpis.Where(k => !k.Retired && k.Kpi.ContributesTo is null);

    /// <summary>The median of the libraries' completions; every library with a plan counts, reported or not.</summary>
    public static GroupMedian Median(IReadOnlyList<LibraryMonth> group, IReadOnlyDictionary<int, double?> completions)
    {
        var values = group.Select(l => completions[l.Id]).OfType<double>().Order().ToList();
        var notReported = group.Count(l => l.HasPlan && !l.Reported);
        double? median = values.Count == 0 ? null
            : values.Count % 2 == 1 ? values[values.Count / 2]
            : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
        return new GroupMedian(median, values.Count, group.Count, notReported);
    }

    /// <summary>1 + how many libraries do better: equal completions share a rank (1, 2, 2, 4).</summary>
    private static int? Rank(double? completion, IEnumerable<double?> all) =>
        completion is { } c ? 1 + all.Count(o => o > c) : null;
}
