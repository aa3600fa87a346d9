using Portal.Domain.Plans;
using Portal.Tests.Support;

namespace Portal.Domain.Tests.Seeds;

/// <summary>Checks seeds/plan-2013.json against the 2013 work plan document it was transcribed from.</summary>
public sealed class PlanSeedTests
{
    private static readonly Lazy<Plan> Plan2013 = new(() => PlanFile.Load(RepoPaths.Seed("plan-2013.json")));

    private static Plan Plan => Plan2013.Value;

    [Fact]
    public void Seed_Loads_IsYear2013()
    {
        Assert.Equal(2013, Plan.Year);
        Assert.Equal("浙江图书馆 2013 年工作要点", Plan.Title);
    }

    [Fact]
    public void Seed_Sections_AreEightTopLevelPlusTwoUnderFive()
    {
        var top = Plan.Sections.Where(s => s.IsTopLevel).Select(s => s.Code).ToArray();
        Assert.Equal(new[] { "一", "二", "三", "四", "五", "六", "七", "八" }, top);

        var subs = Plan.Sections.Where(s => !s.IsTopLevel).ToArray();
        Assert.Equal(2, subs.Length);
        Assert.All(subs, s => Assert.Equal("五", s.ParentCode));
        Assert.Equal(new[] { "五(一)", "五(二)" }, subs.Select(s => s.Code).ToArray());
        Assert.Equal("中华古籍保护计划", subs[0].Title);
        Assert.Equal("文化信息资源共享工程和国家“数字图书馆推广工程”", subs[1].Title);
        Assert.Equal("加强基础设施建设，改善服务环境", Plan.Sections.Single(s => s.Code == "二").Title);
    }

    [Theory]
    [InlineData("一", 3)]
    [InlineData("二", 3)]
    [InlineData("三", 4)]
    [InlineData("四", 6)]
    [InlineData("五", 0)]
    [InlineData("五(一)", 5)]
    [InlineData("五(二)", 4)]
    [InlineData("六", 5)]
    [InlineData("七", 6)]
    [InlineData("八", 5)]
    public void Seed_Section_HasDocumentItemCount(string section, int expected)
    {
        var items = Plan.Sections.Single(s => s.Code == section).Items;
        Assert.Equal(expected, items.Count);
        for (var n = 1; n <= items.Count; n++)
        {
            Assert.Equal(n, items[n - 1].Number);
            Assert.Equal($"{section}.{n}", items[n - 1].Code);
            Assert.Equal(section, items[n - 1].SectionCode);
        }
    }

    [Fact]
    public void Seed_Items_Are41()
    {
        Assert.Equal(41, Plan.Items.Count());
    }

    [Fact]
    public void Seed_ItemTexts_AreNonEmptySingleLineWithoutNumber()
    {
        Assert.All(Plan.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Text), $"{item.Code} has no text");
            Assert.DoesNotContain('\n', item.Text);
            Assert.DoesNotContain('\r', item.Text);
            Assert.Equal(item.Text.Trim(), item.Text);
            Assert.False(char.IsAsciiDigit(item.Text[0]), $"{item.Code} text still starts with its number");
        });
    }

    [Fact]
    public void Seed_LocalDocsItem_KeepsDocumentSpacingOf1800()
    {
        var text = Plan.Item("三.2")!.Text;
        // The document reads "年采集地方文献 1800种，其中省内各类各级年鉴不少于 200种。"
        Assert.Contains("年采集地方文献 1800种", text);
        Assert.Contains("不少于 200种。", text);
    }

    [Fact]
    public void Seed_Items_AllHaveKnownOwner()
    {
        Assert.All(Plan.Items, item =>
        {
            Assert.NotNull(item.OwnerDivision);
            Assert.True(Plan.HasDivision(item.OwnerDivision!), $"{item.Code}: unknown owner {item.OwnerDivision}");
        });
    }

    [Fact]
    public void Seed_Divisions_AreThe15InOrder()
    {
        (string Code, string Name)[] expected =
        [
            ("office", "办公室"), ("acquisitions", "文献采编中心"), ("local-docs", "地方文献部"),
            ("reader-services", "读者服务部"), ("branches", "分馆与流通站"), ("mobile-library", "汽车图书馆"),
            ("reference", "信息咨询部"), ("outreach", "社会活动部"), ("ancient-books", "历史文献部（省古籍保护中心）"),
            ("jiayetang", "嘉业堂藏书楼"), ("digital", "数字资源部"), ("sharing", "共享工程浙江分中心"),
            ("technology", "网络技术部"), ("research", "研究辅导部"), ("accessibility", "视障服务中心"),
        ];
        Assert.Equal(expected, Plan.Divisions.Select(d => (d.Code, d.Name)).ToArray());
    }

    [Fact]
    public void Seed_HasAll23Kpis_InTableOrder()
    {
        string[] expected =
        [
            "local-docs.acquired", "local-docs.yearbooks", "digitization.rubbings-gb", "digitization.gazetteers",
            "readers.new-cards", "readers.total-cards", "circulation.loans", "circulation.visits",
            "circulation.recommended", "lectures.high-end", "ancient-books.surveyed", "ancient-books.repaired-pages",
            "ancient-books.blocks-printed", "ancient-books.volumes-bound", "republican-docs.surveyed",
            "ancient-books.training-courses", "sharing.documentaries", "sharing.training-courses",
            "sharing.outreach-lectures", "digital-library.mstp-lines", "network.reading-events",
            "accessibility.braille-chars", "network.training-courses",
        ];
        Assert.Equal(expected, Plan.Kpis.Select(k => k.Code).ToArray());
    }

    [Fact]
    public void Seed_TotalCards_OpensAt290000LessTheYearsNewCards()
    {
        // 累计办理读者证 290,000 张 at year end, of which 20,000 are the year's 新办读者证: 270,000 before the year.
        Assert.Equal(270_000, Plan.Kpi("readers.total-cards").Opening);
        Assert.Equal(Plan.Kpi("readers.total-cards").Target.Value - Plan.Kpi("readers.new-cards").Target.Value, Plan.Kpi("readers.total-cards").Opening);
        Assert.Equal(["readers.total-cards"], Plan.Kpis.Where(k => k.Opening is not null).Select(k => k.Code));
    }

    [Theory]
    [InlineData("local-docs.acquired", "采集地方文献", "三.2", 1800, "种", Qualifier.Target, Aggregation.Flow, "local-docs")]
    [InlineData("local-docs.yearbooks", "其中省内各类各级年鉴", "三.2", 200, "种", Qualifier.AtLeast, Aggregation.Flow, "local-docs")]
    [InlineData("digitization.rubbings-gb", "馆藏拓片数字化扫描", "三.3", 600, "GB", Qualifier.About, Aggregation.Flow, "digital")]
    [InlineData("digitization.gazetteers", "新编方志全文数字化", "三.3", 170, "种", Qualifier.Target, Aggregation.Flow, "digital")]
    [InlineData("readers.new-cards", "新办读者证", "四.1", 20000, "张", Qualifier.AtLeast, Aggregation.Flow, "reader-services")]
    [InlineData("readers.total-cards", "累计办理读者证", "四.1", 290000, "张", Qualifier.Target, Aggregation.Stock, "reader-services")]
    [InlineData("circulation.loans", "外借文献", "四.1", 1000000, "册次", Qualifier.AtLeast, Aggregation.Flow, "reader-services")]
    [InlineData("circulation.visits", "总流通人次", "四.1", 1000000, "人次", Qualifier.AtLeast, Aggregation.Flow, "reader-services")]
    [InlineData("circulation.recommended", "推荐书刊", "四.1", 1000, "种", Qualifier.AtLeast, Aggregation.Flow, "reference")]
    [InlineData("lectures.high-end", "中、高端讲座", "四.6", 12, "场", Qualifier.Target, Aggregation.Flow, "outreach")]
    [InlineData("ancient-books.surveyed", "古籍普查", "五(一).2", 3000, "部", Qualifier.Target, Aggregation.Flow, "ancient-books")]
    [InlineData("ancient-books.repaired-pages", "古籍修复（中度损坏）", "五(一).2", 9000, "页", Qualifier.Target, Aggregation.Flow, "ancient-books")]
    [InlineData("ancient-books.blocks-printed", "嘉业堂雕版印刷", "五(一).3", 20000, "块", Qualifier.About, Aggregation.Flow, "jiayetang")]
    [InlineData("ancient-books.volumes-bound", "雕版印刷装订成册", "五(一).3", 700, "册", Qualifier.About, Aggregation.Flow, "jiayetang")]
    [InlineData("republican-docs.surveyed", "民国平装书普查登记", "五(一).4", 30000, "册", Qualifier.Target, Aggregation.Flow, "ancient-books")]
    [InlineData("ancient-books.training-courses", "古籍保护工作培训班", "五(一).5", 3, "期", Qualifier.Target, Aggregation.Flow, "ancient-books")]
    [InlineData("sharing.documentaries", "自行拍摄专题片", "五(二).2", 6, "集", Qualifier.Target, Aggregation.Flow, "sharing")]
    [InlineData("sharing.training-courses", "市县支中心骨干人员培训班", "五(二).3", 2, "期", Qualifier.Target, Aggregation.Flow, "sharing")]
    [InlineData("sharing.outreach-lectures", "下基层巡讲", "五(二).3", 100, "场", Qualifier.Target, Aggregation.Flow, "sharing")]
    [InlineData("digital-library.mstp-lines", "省到市级MSTP线路租用", "五(二).4", 11, "条", Qualifier.Target, Aggregation.Flow, "technology")]
    [InlineData("network.reading-events", "未成年人读书节读书活动", "六.2", 200, "场", Qualifier.About, Aggregation.Flow, "outreach")]
    [InlineData("accessibility.braille-chars", "盲文点字文献制作", "六.4", 1000000, "字", Qualifier.About, Aggregation.Flow, "accessibility")]
    [InlineData("network.training-courses", "全省公共图书馆业务培训班", "六.5", 7, "期", Qualifier.Target, Aggregation.Flow, "research")]
    public void Seed_HasAll23Kpis_WithTableValues(string code, string name, string item, double target, string unit,
        Qualifier qualifier, Aggregation aggregation, string lead)
    {
        Assert.True(Plan.HasKpi(code), $"missing KPI {code}");
        var kpi = Plan.Kpi(code);
        Assert.Equal(name, kpi.Name);
        Assert.Equal(item, kpi.ItemCode);
        Assert.Equal(Plan.Item(item)!.SectionCode, kpi.SectionCode);
        Assert.Equal(target, kpi.Target.Value);
        Assert.Equal(unit, kpi.Target.Unit);
        Assert.Equal(qualifier, kpi.Target.Qualifier);
        Assert.Equal(aggregation, kpi.Aggregation);
        Assert.Equal(lead, kpi.LeadDivision);
        Assert.Equal(code == "digitization.rubbings-gb", kpi.Fractional);
    }

    [Fact]
    public void Seed_LoansSplit_SumsToOneMillion()
    {
        var loans = Plan.Kpi("circulation.loans");
        Assert.True(loans.IsSplit);
        Assert.Equal(700_000, loans.DivisionTargets["reader-services"]);
        Assert.Equal(200_000, loans.DivisionTargets["branches"]);
        Assert.Equal(100_000, loans.DivisionTargets["mobile-library"]);
        Assert.Equal(1_000_000, loans.DivisionTargets.Values.Sum());
        Assert.Equal(loans.Target.Value, loans.DivisionTargets.Values.Sum());
        Assert.Single(Plan.Kpis, k => k.IsSplit);
    }

    [Fact]
    public void Seed_LecturesSeasonality_PeaksInApril()
    {
        var weights = Plan.Kpi("lectures.high-end").Seasonality;
        Assert.NotNull(weights);
        Assert.Equal(12, weights!.Count);
        var april = weights[3];
        Assert.All(weights.Where((_, i) => i != 3), w => Assert.True(w < april, $"weight {w} is not below April's {april}"));
    }

    [Fact]
    public void Seed_ReadingEventsSeasonality_PeaksInSummerHolidays()
    {
        var weights = Plan.Kpi("network.reading-events").Seasonality!;
        var summer = weights[6] + weights[7];
        Assert.True(summer > weights.Sum() / 2, "July and August should carry most of the reading-festival events");
    }

    [Theory]
    [InlineData("circulation.loans")]
    [InlineData("circulation.visits")]
    public void Seed_CirculationSeasonality_DipsInFebruaryPeaksInSummer(string code)
    {
        var weights = Plan.Kpi(code).Seasonality!;
        Assert.Equal(weights.Min(), weights[1]);
        Assert.Equal(weights.Max(), weights[6]);
        Assert.Equal(weights.Max(), weights[7]);
    }

    [Fact]
    public void Seed_OnlyFourKpis_HaveSeasonality()
    {
        string[] seasonal = ["circulation.loans", "circulation.visits", "lectures.high-end", "network.reading-events"];
        Assert.Equal(seasonal, Plan.Kpis.Where(k => k.Seasonality is not null).Select(k => k.Code).ToArray());
        Assert.All(Plan.Kpis, k => Assert.Equal(1.0, k.PaceAt(12), 9));
    }
}
