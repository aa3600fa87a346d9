using Portal.Data.Demo;
using Portal.Domain.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.Seeds;

/// <summary>seeds/plan-2014.json: the 2014 plan as published after extraction and review, linked to 2013.</summary>
public sealed class Plan2014SeedTests
{
    private static readonly Plan Plan2013 = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));
    private static readonly Plan Plan2014 = PlanFile.Load(RepoPaths.Seed("plan-2014.json"));

    [Fact]
    public void Seed_HasTheStructureOf2013_EightSectionsFortyOneItems()
    {
        Assert.Equal(2014, Plan2014.Year);
        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八"], Plan2014.Sections.Where(s => s.IsTopLevel).Select(s => s.Code));
        Assert.Equal(["五(一)", "五(二)"], Plan2014.Sections.Where(s => s.ParentCode == "五").Select(s => s.Code));
        Assert.Equal(41, Plan2014.Items.Count());
        Assert.Equal(24, Plan2014.Kpis.Count);
    }

    [Fact]
    public void Seed_EveryPreviousLink_NamesA2013KpiWithTheSameUnitAndAggregation()
    {
        var linked = Plan2014.Kpis.Where(k => k.Previous is not null).ToList();
        Assert.Equal(22, linked.Count);
        foreach (var k in linked)
        {
            Assert.True(Plan2013.HasKpi(k.Previous!), $"{k.Code} → {k.Previous}");
            var last = Plan2013.Kpi(k.Previous!);
            Assert.Equal((last.Target.Unit, last.Aggregation), (k.Target.Unit, k.Aggregation));
        }
        // New in 2014: the WeChat platform and the audiobook database; 2013's MSTP lines were all leased, not continued.
        Assert.Equal(["wechat.followers", "accessibility.audiobooks"], Plan2014.Kpis.Where(k => k.Previous is null).Select(k => k.Code));
        Assert.DoesNotContain(Plan2014.Kpis, k => k.Previous == "digital-library.mstp-lines");
    }

    [Fact]
    public void Seed_NewTargets_AreTheDocumentsNumbers()
    {
        var text = File.ReadAllText(RepoPaths.Seed("zhejiang-library-2014-work-plan.txt")).Replace("\n", "").Replace(" ", "");
        Assert.Equal(1_050_000, Plan2014.Kpi("circulation.loans").Target.Value);
        Assert.Equal(1_050_000, Plan2014.Kpi("circulation.loans").DivisionTargets.Values.Sum());
        Assert.Equal(Qualifier.About, Plan2014.Kpi("ancient-books.blocks-printed").Target.Qualifier);
        Assert.Contains("外借文献105万册次以上", text);
        Assert.Contains("累计办理读者证达到31万张", text);
        Assert.Contains("约1.5万块", text);
        Assert.Contains("培训班四期", text);
        // Every item's text is in the document, as the extractor reads it (line breaks and spaces aside).
        foreach (var item in Plan2014.Items) Assert.Contains(item.Text.Replace(" ", ""), text);
    }

    [Fact]
    public void Seed_OpeningOfTheCardTotal_Is2013sYearEndLevelInTheDemo()
    {
        var december = DemoFigures.For(Plan2013).Single(f => f.Kpi == "readers.total-cards" && f.Month == 12);

        Assert.Equal(december.Value, Plan2014.Kpi("readers.total-cards").Opening);
    }
}
