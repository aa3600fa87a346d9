using Portal.Domain.PlanImport;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.PlanImport;

/// <summary>
/// The extractor against every labelled text (other libraries and years, written in the seed's style with the
/// traps of issue 12) and the 2013 and 2014 seeds: precision and recall of (item, value, unit, qualifier, min) ≥ 0.90, and
/// of the targets found, period and flow/stock right for ≥ 0.90.
/// </summary>
public sealed class PrecisionRecallTests(ITestOutputHelper output)
{
    private sealed record Score(int Labelled, int Found, int Matched, int PeriodRight, int AggregationRight, List<string> Misses);

    private static Score Measure(IEnumerable<(string Name, string Text, List<LabelledTarget> Labels)> documents)
    {
        int labelled = 0, found = 0, matched = 0, period = 0, aggregation = 0;
        var misses = new List<string>();
        foreach (var (name, text, labels) in documents)
        {
            var targets = PlanExtractor.Extract(text).Targets.ToList();
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
        return new Score(labelled, found, matched, period, aggregation, misses);
    }

    private static IEnumerable<(string, string, List<LabelledTarget>)> AllDocuments() =>
        LabelledTexts.Names.Select(n => (n, LabelledTexts.Text(n), LabelledTexts.Labels(n)))
            .Append(("2013 seed", File.ReadAllText(RepoPaths.Seed("zhejiang-library-2013-work-plan.txt")), LabelledTexts.Seed2013()))
            .Append(("2014 seed", File.ReadAllText(RepoPaths.Seed("zhejiang-library-2014-work-plan.txt")), LabelledTexts.Seed2014()));

    [Fact]
    public void Extract_LabelledTexts_PrecisionAndRecallAtLeastNinetyPercent()
    {
        var score = Measure(AllDocuments());
        var precision = (double)score.Matched / score.Found;
        var recall = (double)score.Matched / score.Labelled;
        var report = $"precision {precision:P1} ({score.Matched}/{score.Found}), recall {recall:P1} ({score.Matched}/{score.Labelled})\n"
            + string.Join("\n", score.Misses);
        output.WriteLine(report);
        Assert.True(precision >= 0.90 && recall >= 0.90, report);
        Assert.True(score.PeriodRight >= 0.90 * score.Matched, report);
        Assert.True(score.AggregationRight >= 0.90 * score.Matched, report);
    }

    [Fact]
    public void Extract_LabelledTexts_AtLeastFiveOtherLibraries()
    {
        var names = LabelledTexts.Names.ToList();
        Assert.True(names.Count >= 5, string.Join(", ", names));
        Assert.All(names, n => Assert.NotEmpty(LabelledTexts.Labels(n)));
    }

    [Fact]
    public void Extract_EveryLabelledText_QuotesAreExactSubstringsAtTheirOffsets()
    {
        foreach (var name in LabelledTexts.Names)
        {
            var text = LabelledTexts.Text(name);
            foreach (var t in PlanExtractor.Extract(text).Targets)
                Assert.Equal(t.Quote, text.Substring(t.Offset, t.Quote.Length));
        }
    }
}
