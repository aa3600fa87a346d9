using Portal.Domain.PlanImport;

namespace Portal.Tests.Support.PlanImport;

/// <summary>
/// Found targets against labelled ones: a found target matches a label of the same (item, value, unit, qualifier,
/// min); precision is matched/found, recall matched/labelled; period and flow/stock are counted among the matched.
/// </summary>
public sealed record TargetScore(int Labelled, int Found, int Matched, int PeriodRight, int AggregationRight, List<string> Misses)
{
    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public double Recall => Labelled == 0 ? 1 : (double)Matched / Labelled;

    public string Report => $"precision {Precision:P1} ({Matched}/{Found}), recall {Recall:P1} ({Matched}/{Labelled}), "
        + $"period right {PeriodRight}/{Matched}, flow/stock right {AggregationRight}/{Matched}\n" + string.Join("\n", Misses);

    public static TargetScore Measure(IEnumerable<(string Name, IReadOnlyList<ExtractedTarget> Targets, List<LabelledTarget> Labels)> documents)
    {
        int labelled = 0, found = 0, matched = 0, period = 0, aggregation = 0;
        var misses = new List<string>();
        foreach (var (name, targets, labels) in documents)
        {
            labelled += labels.Count;
            found += targets.Count;
            var open = labels.ToList();
            foreach (var t in targets)
            {
                var label = open.FirstOrDefault(l => l.Key == LabelledTarget.KeyOf(t));
                if (label is null)
                {
                    misses.Add($"{name}: false {t.Item} {t.Value}{t.Unit} {t.Qualifier} «{t.Quote}»");
                    continue;
                }
                open.Remove(label);
                matched++;
                if (label.Period == t.Period) period++;
                else misses.Add($"{name}: period {t.Period} ≠ {label}");
                if (label.Aggregation == t.Aggregation) aggregation++;
                else misses.Add($"{name}: aggregation {t.Aggregation} ≠ {label}");
            }
            misses.AddRange(open.Select(l => $"{name}: missed {l}"));
        }
        return new TargetScore(labelled, found, matched, period, aggregation, misses);
    }
}
