using Portal.Data.Demo;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.Domain;

/// <summary>
/// ADR 026 on the 2014 plan with its demo figures (January–March; 13 of its 15 divisions carry targets): the page's
/// month is the complete month, and a figure still owed before its deadline is 待报, never a shortfall.
/// </summary>
public sealed class CompleteMonthTests
{
    private static readonly Plan Plan2014 = PlanFile.Load(RepoPaths.Seed("plan-2014.json"));
    private static readonly Plan Plan2013 = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));

    // 2014-04-20 and 2014-05-10 in China: April's figures are due by 5 May 24:00.
    private static readonly DateTimeOffset MidApril = new(2014, 4, 20, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset AfterAprilDeadline = new(2014, 5, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private static FigureLedger Ledger2014(params MonthlyFigure[] april)
    {
        var ledger = new FigureLedger(Plan2014);
        ledger.AddRange(DemoFigures.For(Plan2014).Concat(april));
        return ledger;
    }

    private static ReportingProgress At(DateTimeOffset now, params (string Division, int Month)[] submitted) =>
        ReportingProgress.At(new DeadlineSchedule(2014), submitted.ToHashSet(), now);

    private static int Judged(PlanEvaluation e, KpiStatus status) => e.Kpis.Count(k => k.Status == status);

    [Fact]
    public void CompleteMonth_OneEarlyDivisionReportsApril_PageStaysAtMarch()
    {
        // 网络技术部 carries one KPI, 微信关注用户, and reports its April level early.
        var ledger = Ledger2014(new MonthlyFigure("wechat.followers", "technology", 4, 21_870));

        var shown = CompletionEngine.Default.Evaluate(ledger, reporting: At(MidApril));

        Assert.Equal(4, shown.LatestMonth);
        Assert.Equal(3, shown.CompleteMonth);
        Assert.Equal(3, shown.AsOf);
        Assert.Equal(new MonthCoverage(4, 13, 1, 1), shown.Coverage!.In(4));
        Assert.Equal(new MonthCoverage(3, 13, 13, 13), shown.Coverage.In(3));
        Assert.Empty(shown.Owed);
    }

    [Fact]
    public void Status_AprilChosenBeforeItsDeadline_OwedKpisArePendingNotBehind()
    {
        var ledger = Ledger2014(new MonthlyFigure("wechat.followers", "technology", 4, 21_870));

        var april = CompletionEngine.Default.Evaluate(ledger, 4, reporting: At(MidApril));
        var judgedAsBefore = CompletionEngine.Default.Evaluate(ledger, 4);

        // Judged as before the rule, the missing reports turn most of the plan red.
        Assert.True(Judged(judgedAsBefore, KpiStatus.AtRisk) >= 10, $"{Judged(judgedAsBefore, KpiStatus.AtRisk)} at risk");
        Assert.Equal(0, Judged(april, KpiStatus.AtRisk) + Judged(april, KpiStatus.Behind));
        Assert.Equal(judgedAsBefore.Kpi("wechat.followers").Status, april.Kpi("wechat.followers").Status);
        Assert.All(april.Kpis.Where(k => k.Kpi.Code != "wechat.followers" && k.Status != KpiStatus.Achieved),
            k => Assert.Equal(KpiStatus.Pending, k.Status));
        Assert.Equal(12, april.Owed.Count);
        Assert.DoesNotContain(april.Owed, o => o.Division.Code == "technology");
        Assert.Equal([4], april.Owed.Single(o => o.Division.Code == "reader-services").Months);
    }

    [Fact]
    public void Status_SplitKpiWithOneDivisionEarly_KpiPendingAndTheEarlyDivisionJudged()
    {
        // 读者服务部 saves its April loans; 分馆与流通站 and 汽车图书馆 still owe their parts of the split target.
        var ledger = Ledger2014(new MonthlyFigure("circulation.loans", "reader-services", 4, 61_870));

        var shown = CompletionEngine.Default.Evaluate(ledger, reporting: At(MidApril));
        var loans = CompletionEngine.Default.Evaluate(ledger, 4, reporting: At(MidApril)).Kpi("circulation.loans");

        Assert.Equal(3, shown.AsOf);
        Assert.Equal(0, shown.Coverage!.In(4).Reported);  // it still owes three other April figures
        Assert.Equal(1, shown.Coverage.In(4).Started);    // but the month picker counts it as begun: 4 月 · 1/13 部门已报
        Assert.Equal(KpiStatus.Pending, loans.Status);
        Assert.Equal(KpiStatus.Pending, loans.Divisions.Single(d => d.Division == "branches").Status);
        Assert.NotEqual(KpiStatus.Pending, loans.Divisions.Single(d => d.Division == "reader-services").Status);
    }

    [Fact]
    public void Status_LateDivisionAfterTheDeadline_IsJudgedBehind()
    {
        // Every division but 研究辅导部 (one KPI, 业务培训班) reported April; the deadline of 5 May has passed.
        var april = DemoFigures.For(Plan2014, 4).Where(f => f.Month == 4 && f.Division != "research").ToArray();
        var ledger = Ledger2014(april);

        var before = CompletionEngine.Default.Evaluate(ledger, 4, reporting: At(MidApril));
        var after = CompletionEngine.Default.Evaluate(ledger, 4, reporting: At(AfterAprilDeadline));
        var asBefore = CompletionEngine.Default.Evaluate(ledger, 4);

        Assert.Equal(new MonthCoverage(4, 13, 12, 12), after.Coverage!.In(4));
        Assert.Equal(3, after.CompleteMonth);
        Assert.Equal(KpiStatus.Pending, before.Kpi("network.training-courses").Status);
        Assert.Equal(KpiStatus.AtRisk, after.Kpi("network.training-courses").Status);
        Assert.Equal(asBefore.Kpis.Select(k => k.Status), after.Kpis.Select(k => k.Status));
        var owed = Assert.Single(after.Owed);
        Assert.Equal("research", owed.Division.Code);
        Assert.Equal([4], owed.Months);
    }

    [Fact]
    public void CompleteMonth_LateDivisionSubmitsWithAReason_MonthIsComplete()
    {
        var april = DemoFigures.For(Plan2014, 4).Where(f => f.Month == 4 && f.Division != "research").ToArray();

        var shown = CompletionEngine.Default.Evaluate(Ledger2014(april), reporting: At(AfterAprilDeadline, ("research", 4)));

        Assert.Equal(4, shown.CompleteMonth);
        Assert.Equal(4, shown.AsOf);
        Assert.Empty(shown.Owed);
    }

    [Fact]
    public void CompleteMonth_PastYear_IsDecemberWithNothingPending()
    {
        var ledger = new FigureLedger(Plan2013);
        ledger.AddRange(DemoFigures.For(Plan2013));

        var shown = CompletionEngine.Default.Evaluate(ledger,
            reporting: ReportingProgress.At(new DeadlineSchedule(2013), new HashSet<(string, int)>(), MidApril));

        Assert.Equal(12, shown.CompleteMonth);
        Assert.Equal(12, shown.AsOf);
        Assert.DoesNotContain(shown.Kpis, k => k.Status == KpiStatus.Pending);
        Assert.Equal(CompletionEngine.Default.Evaluate(ledger).Kpis.Select(k => k.Status), shown.Kpis.Select(k => k.Status));
    }
}
