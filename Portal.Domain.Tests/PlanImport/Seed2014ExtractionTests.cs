using System.Text.Json;
using Portal.Domain.PlanImport;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

/// <summary>
/// The 2014 seed document, read whole: the extractor finds exactly the 24 targets of seeds/plan-2014.json (the
/// labels a person wrote), with their flow or stock, including the two after "2013年全馆外借文献 103万册次，在此
/// 基础上", where last year's figure ends and the plan begins.
/// </summary>
public sealed class Seed2014ExtractionTests
{
    private static readonly string SeedText = File.ReadAllText(RepoPaths.Seed("zhejiang-library-2014-work-plan.txt"));

    [Fact]
    public void Extract_Seed2014_FindsExactlyThe24TargetsOfThePlanFile()
    {
        var found = PlanExtractor.Extract(SeedText).Targets.Select(LabelledTarget.KeyOf).Order().ToList();

        Assert.Equal(LabelledTexts.Seed2014().Select(l => l.Key).Order().ToList(), found);
    }

    [Fact]
    public void Extract_Seed2014_StocksAreTheLevelsOfThePlanFile()
    {
        var stocks = PlanExtractor.Extract(SeedText).Targets.Where(t => t.Aggregation == "stock").Select(t => (t.Item, t.Value, t.Unit));

        Assert.Equal(LabelledTexts.Seed2014().Where(l => l.Aggregation == "stock").Select(l => (l.Item, l.Value, l.Unit)), stocks);
    }

    [Fact]
    public void Extract_Seed2014_LastYearsLoansBeforeTheTurnAreNoTarget()
    {
        var targets = PlanExtractor.Extract(SeedText).Targets;

        Assert.DoesNotContain(targets, t => t.Value == 1_030_000);
        Assert.Contains(targets, t => (t.Item, t.Value, t.Qualifier) == ("四.1", 22_000, "at-least"));
    }
}
