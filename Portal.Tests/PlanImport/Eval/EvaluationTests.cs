using Xunit.Abstractions;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.PlanImport.Eval;

/// <summary>
/// Issue 25's measure: precision and recall on the evaluation set, the tuning plans and the holdout plans each
/// on their own (BENCHMARKS.md, Plan import evaluation). Goal ≥ 0.95 on both.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private TargetScore Score(string set)
    {
        var score = TargetScore.Measure(EvalSet.Load(set).Select(p => (p.Name, p.Plan.Targets, p.Labels)));
        output.WriteLine($"{set}: {score.Report}");
        return score;
    }

    [Fact]
    public void Evaluate_TuningPlans_PrecisionAndRecallAtLeast95Percent()
    {
        var score = Score("tune");
        Assert.True(score.Precision >= 0.95 && score.Recall >= 0.95, score.Report);
    }

    [Fact]
    public void Evaluate_HoldoutPlans_PrecisionAndRecallAtLeast95Percent()
    {
        var score = Score("holdout");
        Assert.True(score.Precision >= 0.95 && score.Recall >= 0.95, score.Report);
    }

    [Fact]
    public void EvaluationSet_TwelvePlansInThreeFormats_FourHeldOut()
    {
        var tune = EvalSet.Load("tune").ToList();
        var holdout = EvalSet.Load("holdout").ToList();
        Assert.True(tune.Count + holdout.Count >= 12, $"{tune.Count} + {holdout.Count}");
        Assert.Equal(4, holdout.Count);
        Assert.Equal([".docx", ".pdf", ".txt"], tune.Concat(holdout).Select(p => Path.GetExtension(p.FileName)).Distinct().Order());
        Assert.All(tune.Concat(holdout), p => Assert.NotEmpty(p.Labels));
    }

    [Fact]
    public void EvaluationSet_EveryPlanIsRead_AndEveryQuoteIsItsSpanOfTheText()
    {
        foreach (var p in EvalSet.Load("tune"))
        {
            Assert.NotEmpty(p.Plan.Sections);
            foreach (var t in p.Plan.Targets)
            {
                Assert.Equal(t.Quote, p.Plan.Text.Substring(t.Offset, t.Quote.Length));
                Assert.DoesNotContain('\n', t.Quote);
            }
        }
    }
}
