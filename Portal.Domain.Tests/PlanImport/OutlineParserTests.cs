using Portal.Domain.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

public sealed class OutlineParserTests
{
    [Fact]
    public void Parse_LabelOutOfSequence_StaysText()
    {
        var outline = OutlineParser.Parse("某馆 2015 年工作要点\n一、服务\n1. 做好服务，\n3. 与上一行相连。\n2. 第二条。\n");
        Assert.Equal(["一.1", "一.2"], outline.Items.Select(i => i.Code));
        Assert.Equal("做好服务，3. 与上一行相连。", outline.Items[0].Text.Text);
    }

    [Fact]
    public void Parse_DecimalAtLineStart_IsNoLabel()
    {
        var outline = OutlineParser.Parse("某馆 2015 年工作要点\n一、服务\n1. 接待读者\n1.8万人次。\n");
        Assert.Equal("接待读者1.8万人次。", Assert.Single(outline.Items).Text.Text);
    }

    [Fact]
    public void Parse_FullWidthDotBeforeAYear_IsALabel()
    {
        var outline = OutlineParser.Parse("某馆 2015 年工作要点\n一、服务\n1．第一条。\n2．2015年6月底前完成。\n");
        Assert.Equal(["一.1", "一.2"], outline.Items.Select(i => i.Code));
    }

    [Fact]
    public void Parse_SubSections_CodeTheirItemsUnderTheSubSection()
    {
        var outline = OutlineParser.Parse("某馆 2018 年工作要点\n一、阅读推广\n（一）品牌活动\n1. 甲。\n（二）城市书房\n1. 乙。\n2. 丙。\n二、管理\n1. 丁。\n");
        Assert.Equal(["一(一).1", "一(二).1", "一(二).2", "二.1"], outline.Items.Select(i => i.Code));
        Assert.Equal(["一(一)", "一(二)"], outline.Sections[0].Sections.Select(s => s.Code));
        Assert.Equal("城市书房", outline.Sections[0].Sections[1].Title);
    }

    [Fact]
    public void Parse_TitleOnTwoLines_JoinsThem()
    {
        var outline = OutlineParser.Parse("桐庐县图书馆\n2015年工作计划\n\n（2015年1月16日馆务会议通过）\n一、服务\n1. 甲。\n");
        Assert.Equal(("桐庐县图书馆2015年工作计划", 2015), (outline.Title, outline.Year));
    }

    [Fact]
    public void Parse_HeadingWrappedOverTwoLines_JoinsTheTitle()
    {
        var outline = OutlineParser.Parse("某馆 2013 年工作要点\n一、重点工程\n（一）文化信息资源共享工程和国家“数字图书馆推广\n\n工程” \n1. 甲。\n");
        Assert.Equal("文化信息资源共享工程和国家“数字图书馆推广工程”", outline.Sections[0].Sections[0].Title);
    }

    [Fact]
    public void Parse_SubSectionsWithProseAndNoItems_AreTheSectionsItems()
    {
        var outline = OutlineParser.Parse("某馆 2016 年工作要点\n一、服务\n（一）深化免费开放。全年开放不少于 360 天。\n（二）办好讲坛。\n全年举办讲座 60 场。\n二、资源\n全年新增图书 4.5 万册。\n");
        Assert.Equal(["一.1", "一.2", "二.1"], outline.Items.Select(i => i.Code));
        Assert.Empty(outline.Sections[0].Sections);
        Assert.Equal("办好讲坛。全年举办讲座 60 场。", outline.Items[1].Text.Text);
        Assert.Equal(("资源", "全年新增图书 4.5 万册。"), (outline.Sections[1].Title, outline.Items[2].Text.Text));
    }

    [Fact]
    public void Parse_ParenthesisedTopLevelWithDigitsBelow_MakesSectionsAndItems()
    {
        var outline = OutlineParser.Parse("某馆 2018 年工作计划\n（一）服务\n1. 甲。\n2. 乙。\n（二）资源\n1. 丙。\n");
        Assert.Equal(["一", "二"], outline.Sections.Select(s => s.Code));
        Assert.Equal(["一.1", "一.2", "二.1"], outline.Items.Select(i => i.Code));
    }

    [Fact]
    public void Parse_PartsAboveSectionsAndItems_PartsAreTheSections()
    {
        var outline = OutlineParser.Parse("某馆 2016 年工作要点\n第一部分 公共服务\n一、读者服务\n1. 甲。\n二、阅读推广\n1. 乙。\n第二章 管理\n一、队伍\n1. 丙。\n");
        Assert.Equal(["公共服务", "管理"], outline.Sections.Select(s => s.Title));
        Assert.Equal(["读者服务", "阅读推广"], outline.Sections[0].Sections.Select(s => s.Title));
        Assert.Equal(["一(一).1", "一(二).1", "二(一).1"], outline.Items.Select(i => i.Code));
    }

    [Fact]
    public void Parse_LowerLabels_StayInTheirItem()
    {
        var outline = OutlineParser.Parse("某馆 2015 年工作要点\n一、服务\n1. 做好以下工作：\n（1）甲；\n①乙；\n2. 丙。\n");
        Assert.Equal(["一.1", "一.2"], outline.Items.Select(i => i.Code));
        Assert.Equal("做好以下工作：（1）甲；①乙；", outline.Items[0].Text.Text);
    }

    [Fact]
    public void Parse_SectionInProseCountingOff_GivesOneItemEach()
    {
        var outline = OutlineParser.Parse("某馆 2017 年工作要点\n一、服务\n重点做好：一是甲；二是乙；三是丙。\n二、资源\n全年新增图书 4万册。\n");
        Assert.Equal(["一.1", "一.2", "一.3", "二.1"], outline.Items.Select(i => i.Code));
        Assert.Equal(("重点做好：一是甲；", "二是乙；"), (outline.Items[0].Text.Text, outline.Items[1].Text.Text));
    }

    [Fact]
    public void Parse_NoLabels_EachParagraphIsAnItem_AndAParagraphCountingOffIsSeveral()
    {
        var outline = OutlineParser.Parse("开化县图书馆2019年工作要点\n2018年接待读者46万人次。\n2019年重点抓好：一是新建分馆2个；二是举办讲座24场。\n同时做好评估。\n");
        Assert.Equal(("开化县图书馆2019年工作要点", 2019), (outline.Title, outline.Year));
        Assert.Equal(["一.1", "一.2", "一.3", "一.4"], outline.Items.Select(i => i.Code));
        Assert.Equal("二是举办讲座24场。", outline.Items[2].Text.Text);
    }
}
