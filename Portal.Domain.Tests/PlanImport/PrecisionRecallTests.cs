using Portal.Domain.PlanImport;
using Portal.Tests.Support;
using Xunit.Abstractions;
using Portal.Tests.Support.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

/// <summary>
/// The extractor against every labelled text (other libraries and years, written in the seed's style with the
/// traps of issue 12) and the 2013 and 2014 seeds: precision and recall of (item, value, unit, qualifier, min) ≥ 0.90, and
/// of the targets found, period and flow/stock right for ≥ 0.90.
/// </summary>
public sealed class PrecisionRecallTests(ITestOutputHelper output)
{
    private static IEnumerable<(string, string, List<LabelledTarget>)> AllDocuments() =>
        LabelledTexts.Names.Select(n => (n, LabelledTexts.Text(n), LabelledTexts.Labels(n)))
            .Append(("2013 seed", File.ReadAllText(RepoPaths.Seed("zhejiang-library-2013-work-plan.txt")), LabelledTexts.Seed2013()))
            .Append(("2014 seed", File.ReadAllText(RepoPaths.Seed("zhejiang-library-2014-work-plan.txt")), LabelledTexts.Seed2014()));

    [Fact]
    public void Extract_LabelledTexts_PrecisionAndRecallAtLeastNinetyPercent()
    {
        var score = TargetScore.Measure(AllDocuments().Select(d => (d.Item1, PlanExtractor.Extract(d.Item2).Targets, d.Item3)));
        output.WriteLine(score.Report);
        Assert.True(score.Precision >= 0.90 && score.Recall >= 0.90, score.Report);
        Assert.True(score.PeriodRight >= 0.90 * score.Matched, score.Report);
        Assert.True(score.AggregationRight >= 0.90 * score.Matched, score.Report);
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
