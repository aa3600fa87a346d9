using Portal.Domain.Engine;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// Section and division completion: the mean of min(completion, 1) over their KPIs, so an over-achiever cannot
/// hide a laggard. A top-level section includes its sub-sections' KPIs.
/// </summary>
public sealed class RollupTests
{
    private static readonly PlanEvaluation Q1 = Evaluate(FirstQuarter.Figures);

    /// <summary>Half-year reporting (June and December) with some KPIs over target.</summary>
    private static readonly PlanEvaluation YearWithOverAchievers = Evaluate(
        F(Rubbings, "digital", 6, 320.25), F(Rubbings, "digital", 12, 309.75),               // 630 GB of 600: 1.05
        F(Gazetteers, "digital", 6, 70), F(Gazetteers, "digital", 12, 66),                   // 136 of 170: 0.8
        F(RepairedPages, "ancient-books", 6, 2_400), F(RepairedPages, "ancient-books", 12, 2_100), // 4,500 of 9,000: 0.5
        F(OutreachLectures, "sharing", 6, 60), F(OutreachLectures, "sharing", 12, 65),       // 125 of 100: 1.25
        F(Loans, "mobile-library", 6, 52_000), F(Loans, "mobile-library", 12, 52_000));      // 104,000 of 100,000: 1.04

    private static double? Section(PlanEvaluation e, string code) => e.Sections.Single(s => s.Section.Code == code).Completion;

    private static DivisionResult Division(PlanEvaluation e, string code) => e.Divisions.Single(d => d.Division.Code == code);

    [Fact]
    public void Section_Completion_IsMeanOfItsKpis()
    {
        // 三: (137.5/600 + 36/170) / 2 = (0.229167 + 0.211765) / 2 = 0.220466
        Assert.Equal((137.5 / 600 + 36.0 / 170) / 2, Section(Q1, "三")!.Value, 12);
        // 四: (209,100/1,000,000 + 274,900/290,000 + 2/12) / 3 = (0.2091 + 0.947931 + 0.166667) / 3 = 0.441233
        Assert.Equal(0.441232567, Section(Q1, "四")!.Value, 9);
        Assert.Equal(3, Q1.Sections.Single(s => s.Section.Code == "四").KpiCount);
    }

    [Fact]
    public void Section_TopLevel_IncludesSubSectionKpis()
    {
        // 五 has no KPIs of its own: 五(一) 2,150/9,000 = 0.238889, 五(二) 21/100 = 0.21 → 五 = 0.224444
        Assert.Equal(2_150.0 / 9_000, Section(Q1, "五(一)")!.Value, 12);
        Assert.Equal(0.21, Section(Q1, "五(二)")!.Value, 12);
        Assert.Equal((2_150.0 / 9_000 + 0.21) / 2, Section(Q1, "五")!.Value, 12);
        Assert.Equal(2, Q1.Sections.Single(s => s.Section.Code == "五").KpiCount);
    }

    [Fact]
    public void Section_WithoutKpis_HasNullCompletion()
    {
        var section = Q1.Sections.Single(s => s.Section.Code == "八");
        Assert.Null(section.Completion);
        Assert.Equal(0, section.KpiCount);
    }

    [Fact]
    public void Section_OverAchievingKpi_CountsAsOneHundredPercent()
    {
        // 三: (min(1.05, 1) + 0.8) / 2 = 0.9, not (1.05 + 0.8) / 2 = 0.925
        Assert.Equal(0.9, Section(YearWithOverAchievers, "三")!.Value, 12);
        // 五: (0.5 + min(1.25, 1)) / 2 = 0.75, not 0.875; the sub-section alone is capped too
        Assert.Equal(0.75, Section(YearWithOverAchievers, "五")!.Value, 12);
        Assert.Equal(1.0, Section(YearWithOverAchievers, "五(二)")!.Value, 12);
        Assert.Equal(1.25, YearWithOverAchievers.Kpi(OutreachLectures).Completion, 12);
    }

    [Fact]
    public void Division_Completion_IsMeanOverTheKpisItCarries()
    {
        // reader-services carries its loan split (151,000 / 700,000 = 0.215714) and, as lead, the whole card
        // KPI (all divisions' 274,900 / 290,000 = 0.947931): (0.215714 + 0.947931) / 2 = 0.581823
        Assert.Equal((151_000.0 / 700_000 + 274_900.0 / 290_000) / 2, Division(Q1, "reader-services").Completion!.Value, 12);
        // branches: only its loan split counts (41,500 / 200,000); its 19,550 cards are a contribution
        Assert.Equal(0.2075, Division(Q1, "branches").Completion!.Value, 12);
        Assert.Equal(0.154, Division(Q1, "mobile-library").Completion!.Value, 12);    // 15,400 / 100,000
        Assert.Equal((137.5 / 600 + 36.0 / 170) / 2, Division(Q1, "digital").Completion!.Value, 12);
    }

    [Fact]
    public void Division_StatusCounts_CountTheKpisItCarries()
    {
        // reader-services loans: expected 700,000 × 3/12 = 175,000; 151,000 / 175,000 = 86.3% → Behind.
        // cards: expected 72,500, the KPI's 274,900 → OnTrack.
        var counts = Division(Q1, "reader-services").StatusCounts;
        Assert.Equal(1, counts[KpiStatus.Behind]);
        Assert.Equal(1, counts[KpiStatus.OnTrack]);
        Assert.Equal(2, counts.Values.Sum());
    }

    [Theory]
    [InlineData("accessibility")]  // contributes braille loans but carries no target
    [InlineData("office")]         // carries nothing at all
    public void Division_WithoutTargets_HasNullCompletion(string division)
    {
        Assert.Null(Division(Q1, division).Completion);
        Assert.Empty(Division(Q1, division).StatusCounts);
    }

    [Fact]
    public void Division_OverAchievingKpi_CountsAsOneHundredPercent()
    {
        // mobile-library: 104,000 / 100,000 = 1.04 → 1; digital: (min(1.05, 1) + 0.8) / 2 = 0.9
        Assert.Equal(1.0, Division(YearWithOverAchievers, "mobile-library").Completion!.Value, 12);
        Assert.Equal(0.9, Division(YearWithOverAchievers, "digital").Completion!.Value, 12);
    }
}
