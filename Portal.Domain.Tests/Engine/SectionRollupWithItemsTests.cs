using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// A small hand-made plan: 一 has two items with KPIs (120/100 capped at 1, 50/200 = 0.25) and two without;
/// 二 has only items without KPIs; 三 has a sub-section 三(一) with one KPI item (3/10 = 0.3) and one without;
/// 四 has nothing. Expected values are worked out by hand in each test.
/// </summary>
public sealed class SectionRollupWithItemsTests
{
    private static readonly Plan Plan = BuildPlan();

    [Fact]
    public void SectionProgress_ItemsWithoutKpis_CountAtTheirPercentageNextToKpis()
    {
        var eval = Evaluate(new()
        {
            ["一.3"] = new("一.3", ItemStatus.InProgress, 40),
            ["二.1"] = new("二.1", ItemStatus.Done, 100),
            ["二.2"] = new("二.2", ItemStatus.InProgress, 35),
            ["三(一).2"] = new("三(一).2", ItemStatus.InProgress, 60),
        });

        // 一: (min(1.2,1) + 0.25 + 0.40 + 0 for the unreported 一.4) / 4 = 1.65 / 4
        Assert.Equal(0.4125, eval.Section("一").Completion!.Value, 12);
        Assert.Equal((2, 2), (eval.Section("一").KpiCount, eval.Section("一").ItemCount));
        // 二 has no KPIs: (1.00 + 0.35) / 2
        Assert.Equal(0.675, eval.Section("二").Completion!.Value, 12);
        // 三(一) and its parent 三: (0.3 + 0.6) / 2
        Assert.Equal(0.45, eval.Section("三(一)").Completion!.Value, 12);
        Assert.Equal(0.45, eval.Section("三").Completion!.Value, 12);
        Assert.Null(eval.Section("四").Completion);
    }

    [Fact]
    public void SectionProgress_ItemWithKpis_IsRepresentedByItsKpisOnly()
    {
        var eval = Evaluate(new()
        {
            ["一.1"] = new("一.1", ItemStatus.Done, 100),
            ["一.2"] = new("一.2", ItemStatus.Blocked, 10, "经费未到位"),
            ["一.3"] = new("一.3", ItemStatus.InProgress, 40),
        });

        // 一.1 and 一.2 count through their KPIs (1 and 0.25), not their own percentages: (1 + 0.25 + 0.4 + 0) / 4
        Assert.Equal(0.4125, eval.Section("一").Completion!.Value, 12);
    }

    [Fact]
    public void SectionProgress_TrackedButNothingReported_CountsItemsAsNotStarted()
    {
        var eval = Evaluate([]);

        Assert.Equal(1.25 / 4, eval.Section("一").Completion!.Value, 12);
        Assert.Equal(0.0, eval.Section("二").Completion!.Value, 12);
        Assert.Equal(0.3 / 2, eval.Section("三").Completion!.Value, 12);
        Assert.Equal(ItemStatus.NotStarted, eval.Item("二.1").Status);
    }

    [Fact]
    public void SectionProgress_ItemsNotTracked_FollowsKpiOnlyRule()
    {
        var eval = CompletionEngine.Default.Evaluate(Ledger(), 3);

        // the mean of min(completion, 1) over the KPIs alone: (1 + 0.25) / 2
        Assert.Equal(0.625, eval.Section("一").Completion!.Value, 12);
        Assert.Equal(0, eval.Section("一").ItemCount);
        Assert.Null(eval.Section("二").Completion);
        Assert.Equal(0.3, eval.Section("三").Completion!.Value, 12);
        Assert.Null(eval.Items);
    }

    [Fact]
    public void SectionProgress_ItemSetToDone_RaisesSectionBy_OneOverContributors()
    {
        var before = Evaluate(new() { ["二.2"] = new("二.2", ItemStatus.InProgress, 35) });
        var after = Evaluate(new()
        {
            ["二.1"] = new("二.1", ItemStatus.Done, 100),
            ["二.2"] = new("二.2", ItemStatus.InProgress, 35),
        });

        Assert.Equal(0.175, before.Section("二").Completion!.Value, 12);
        Assert.Equal(0.675, after.Section("二").Completion!.Value, 12);
    }

    private static PlanEvaluation Evaluate(Dictionary<string, ItemProgress> items) =>
        CompletionEngine.Default.Evaluate(Ledger(), 3, items);

    private static FigureLedger Ledger()
    {
        var ledger = new FigureLedger(Plan);
        ledger.AddRange([new MonthlyFigure("k1", "a", 3, 120), new MonthlyFigure("k2", "a", 3, 50), new MonthlyFigure("k3", "b", 3, 3)]);
        return ledger;
    }

    private static Plan BuildPlan()
    {
        static PlanItem Item(string section, int n) => new($"{section}.{n}", section, n, $"任务 {section}.{n}", "a");
        Section[] sections =
        [
            new("一", "第一部分", null, [Item("一", 1), Item("一", 2), Item("一", 3), Item("一", 4)]),
            new("二", "第二部分", null, [Item("二", 1), Item("二", 2)]),
            new("三", "第三部分", null, []),
            new("三(一)", "第三部分之一", "三", [Item("三(一)", 1), Item("三(一)", 2)]),
            new("四", "第四部分", null, []),
        ];
        Kpi[] kpis =
        [
            new("k1", "指标一", "一.1", "一", new Target(100, "种", Qualifier.Target), Aggregation.Flow, "a"),
            new("k2", "指标二", "一.2", "一", new Target(200, "场", Qualifier.Target), Aggregation.Flow, "a"),
            new("k3", "指标三", "三(一).1", "三(一)", new Target(10, "期", Qualifier.Target), Aggregation.Flow, "b"),
        ];
        return new Plan(2013, "测试计划", sections, kpis, [new("a", "甲部"), new("b", "乙部")]);
    }
}
