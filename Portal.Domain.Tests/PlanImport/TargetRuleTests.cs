using Portal.Domain.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

/// <summary>The target rules on one sentence at a time, inside a minimal 2015 plan (item 一.1).</summary>
public sealed class TargetRuleTests
{
    private static List<ExtractedTarget> Targets(string sentence, string year = "2015") =>
        PlanExtractor.Extract($"某县图书馆 {year} 年工作要点\n一、读者服务\n1. {sentence}\n").Targets.ToList();

    private static ExtractedTarget One(string sentence) => Assert.Single(Targets(sentence));

    [Theory]
    [InlineData("全年入藏中文图书八千种。", 8000, "种")]
    [InlineData("全年入藏图书一万五千册。", 15000, "册")]
    [InlineData("举办基层管理员培训班两期。", 2, "期")]
    [InlineData("举办讲座十二场。", 12, "场")]
    [InlineData("征集地方文献三百二十件。", 320, "件")]
    [InlineData("新办读者证 5.5万张。", 55000, "张")]
    [InlineData("接待读者 1.8万人次。", 18000, "人次")]
    [InlineData("外文图书 2,500册。", 2500, "册")]
    [InlineData("完成 3千部古籍普查。", 3000, "部")]
    [InlineData("制作盲文点字文献 100 万字。", 1000000, "字")]
    [InlineData("新增数字资源 20TB。", 20, "TB")]
    [InlineData("全年下基层服务 120 车次。", 120, "车次")]
    [InlineData("全年入藏图书１２００册。", 1200, "册")]
    [InlineData("完成古籍修复一千二百叶。", 1200, "叶")]
    [InlineData("新办读者证两万张。", 20000, "张")]
    [InlineData("编印《导读》十二期。", 12, "期")]
    [InlineData("古籍数字化扫描3万拍。", 30000, "拍")]
    [InlineData("坚持全年365天开放。", 365, "天")]
    public void Find_Number_ReadsValueAndUnit(string sentence, double value, string unit)
    {
        var t = One(sentence);
        Assert.Equal((value, unit, "target"), (t.Value, t.Unit, t.Qualifier));
    }

    [Theory]
    [InlineData("全年外借图书 55万册次以上。", "at-least")]
    [InlineData("少儿外借文献不少于 60万册次。", "at-least")]
    [InlineData("读者满意率不低于 90%。", "at-least")]
    [InlineData("地方文献征集突破 500件。", "at-least")]
    [InlineData("订阅报刊 600余种。", "at-least")]
    [InlineData("举办各类活动 120多场。", "at-least")]
    [InlineData("组织业务培训至少 10次。", "at-least")]
    [InlineData("接待读者约 50万人次。", "about")]
    [InlineData("报刊 1800种左右。", "about")]
    [InlineData("单日接待读者不超过 2000人次。", "at-most")]
    [InlineData("外借图书力争达到 300万册次。", "target")]
    [InlineData("累计办理读者证达到29万张。", "target")]
    [InlineData("通借通还量突破一百万册次。", "at-least")]
    [InlineData("全年举办活动 300场上下。", "about")]
    [InlineData("接待读者力争 60万人次。", "target")]
    public void Find_QualifierWords_GiveTheQualifier(string sentence, string qualifier) =>
        Assert.Equal(qualifier, One(sentence).Qualifier);

    [Theory]
    [InlineData("新建社区分馆 3—5个。", 3, 5, "个")]
    [InlineData("新增流通服务点 8—10家。", 8, 10, "家")]
    [InlineData("发表论文 3-5篇。", 3, 5, "篇")]
    [InlineData("新建城市书房三至五家。", 3, 5, "家")]
    [InlineData("新建镇级分馆3至5个。", 3, 5, "个")]
    public void Find_Range_ValueIsTheUpperBoundAndMinTheLower(string sentence, double min, double max, string unit)
    {
        var t = One(sentence);
        Assert.Equal(("range", min, max, unit), (t.Qualifier, t.Min, t.Value, t.Unit));
    }

    [Theory]
    [InlineData("每月举办“名家讲坛”2期。", "month", 2)]
    [InlineData("每季度召开一次分馆工作例会。", "quarter", 1)]
    [InlineData("每周开放时间不少于 84 小时。", "week", 84)]
    [InlineData("平均每月推送专题 4期。", "month", 4)]
    [InlineData("全年举办讲座 40 场。", "year", 40)]
    public void Find_PeriodWords_GiveThePeriod(string sentence, string period, double value)
    {
        var t = One(sentence);
        Assert.Equal((period, value), (t.Period, t.Value));
    }

    [Theory]
    [InlineData("移动端访问量同比增长 15%。", 15, "%")]
    [InlineData("自助借还比例提高 2个百分点。", 2, "个百分点")]
    [InlineData("分馆覆盖率提高到 90%。", 90, "%")]
    public void Find_PercentagesAndGrowth_AreStocksInPercentOrPoints(string sentence, double value, string unit)
    {
        var t = One(sentence);
        Assert.Equal((value, unit, "stock"), (t.Value, t.Unit, t.Aggregation));
    }

    [Fact]
    public void Find_GrowthAfterATarget_NamesWhatGrows()
    {
        var targets = Targets("全年接待读者 260万人次，同比增长 10%。");
        Assert.Equal(["接待读者", "接待读者同比增长"], targets.Select(t => t.Name));
    }

    [Theory]
    [InlineData("累计办理读者证达到29万张。")]
    [InlineData("馆藏文献总量达到 420万册。")]
    [InlineData("持证读者总数达到 42万人。")]
    public void Find_LevelWords_AreStocks(string sentence) => Assert.Equal("stock", One(sentence).Aggregation);

    [Fact]
    public void Find_NewlyAddedToALevel_IsAFlow() => Assert.Equal("flow", One("全年新增持证读者 3.5万人。").Aggregation);

    [Theory]
    [InlineData("迎接文化部第五次全国公共图书馆评估定级。")]
    [InlineData("举办第六届少儿阅读节。")]
    [InlineData("深入学习贯彻党的十八届三中全会精神。")]
    [InlineData("确保一级馆。")]
    [InlineData("2015年6月底前完成自评报告。")]
    [InlineData("2015\n年6月底前完成自评报告。")]
    [InlineData("全县现有18个乡镇。")]
    [InlineData("为全县 13 个乡镇送书。")]
    [InlineData("2014年接待读者162万人次，较上年增长8.6%。")]
    [InlineData("去年外借图书 150万册次。")]
    [InlineData("新馆建设已投入资金 1860万元。")]
    [InlineData("新馆装修共投入资金 320万元。")]
    [InlineData("值班电话：0571-85123456。")]
    [InlineData("服务热线 87988888。")]
    [InlineData("贯彻“八项规定”、“六个严禁”。")]
    [InlineData("编纂《浙江通志·图书馆卷》第二卷。")]
    [InlineData("实现读者一次登录可访问多个系统。")]
    [InlineData("编制符合需求的二三次文献。")]
    [InlineData("完成馆内二期工程改造。")]
    [InlineData("上线 24小时自助借还系统。")]
    [InlineData("二〇一五年是“十二五”收官之年。")]
    [InlineData("开展为期 3个月的读书活动。")]
    [InlineData("第一季度完成采购。")]
    [InlineData("坚持全年无休免费开放。")]
    public void Find_Distractor_IsNoTarget(string sentence) => Assert.Empty(Targets(sentence));

    [Fact]
    public void Find_PastAndPlanInOneItem_KeepsOnlyThePlan()
    {
        var t = One("2014年外借图书 286万册次。2015年外借图书力争达到 300万册次。");
        Assert.Equal(3000000, t.Value);
    }

    [Fact]
    public void Find_ComparedWithLastYear_IsStillThisYearsTarget()
    {
        var targets = Targets("全年外借图书 38万册次，较2014年增长 10%。");
        Assert.Equal([380000d, 10d], targets.Select(t => t.Value));
    }

    [Fact]
    public void Find_PlanYearInChineseDigits_JudgesPastYears()
    {
        var plan = PlanExtractor.Extract("宁波市图书馆二〇一六年工作要点\n一、服务\n1. 二〇一五年接待读者 236万人次。全年接待读者 260万人次。\n");
        Assert.Equal(2016, plan.Year);
        Assert.Equal(2600000, Assert.Single(plan.Targets).Value);
    }

    [Fact]
    public void Find_NumberBrokenAcrossLinesAndAFooter_QuotesTheSourceExactly()
    {
        const string text = "某县图书馆 2015 年工作要点\n一、读者服务\n1. 全年外借图书 5\n\n— 1 —\n\n5万册次。\n";
        var plan = PlanExtractor.Extract(text);
        var t = Assert.Single(plan.Targets);
        Assert.Equal((550000d, "册次"), (t.Value, t.Unit));
        Assert.Equal("5\n\n— 1 —\n\n5万册次", t.Quote);
        Assert.Equal(text.IndexOf("5\n", StringComparison.Ordinal), t.Offset);
        Assert.Equal("全年外借图书 55万册次。", plan.Sections[0].Items[0].Text);
    }

    [Theory]
    [InlineData("年采集地方文献 1800种，其中省内各类各级年鉴不少于 200种。", "采集地方文献", "省内各类各级年鉴")]
    [InlineData("完成 3 万册平装书的普查登记，举办培训班三期。", "平装书的普查登记", "培训班")]
    public void Find_Names_AreWhatIsCounted(string sentence, string first, string second) =>
        Assert.Equal([first, second], Targets(sentence).Select(t => t.Name));

    [Fact]
    public void Find_TwoTargetsInOneClause_QuoteEachItsOwnNumberAndUnit()
    {
        var targets = Targets("全年入藏中文图书八千种、一万五千册。");
        Assert.Equal(["八千种", "一万五千册"], targets.Select(t => t.Quote));
    }

    [Theory]
    [InlineData("咨询热线0573-82036789全年受理咨询8000件左右。", 8000, "件")]
    [InlineData("2014年全馆共投入购书经费180万元，2015年购书经费力争达到200万元。", 2_000_000, "元")]
    [InlineData("2014年接待读者103万人次，在此基础上，全年接待读者110万人次。", 1_100_000, "人次")]
    public void Find_AfterAPhoneOrLastYear_TheTargetIsStillRead(string sentence, double value, string unit)
    {
        var t = One(sentence);
        Assert.Equal((value, unit), (t.Value, t.Unit));
    }

    [Theory]
    [InlineData("重点做好三件事：新建分馆。")]
    [InlineData("目前全市已建成分馆86个，覆盖率达到92%。")]
    [InlineData("馆舍改造项目总投资350万元。")]
    public void Find_AnnouncementsWhatExistsAndMoneySpent_AreNoTargets(string sentence) => Assert.Empty(Targets(sentence));

    [Theory]
    [InlineData("读者满意度不低于 95%。", "不低于 95%")]
    [InlineData("年采集地方文献 1800种，其中年鉴 200种以上。", "1800种")]
    [InlineData("接待读者突破50万人次。", "突破50万人次")]
    [InlineData("每月推送书目不少于4期。", "不少于4期")]
    public void Find_Quote_IsTheShortestSpanWithNumberUnitAndQualifier(string sentence, string quote) =>
        Assert.Equal(quote, Targets(sentence)[0].Quote);
}
