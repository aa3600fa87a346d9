using Portal.Domain.PlanDrafts;
using Portal.Domain.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

public sealed class DraftValidatorTests
{
    private static readonly Plan Plan2013 = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));

    private static PlanDraft Draft() => DraftFactory.Create(Plan2014.Extracted(), Plan2013);

    [Fact]
    public void Create_FromExtraction_CopiesLastYearsDivisionsAndMakesCodes()
    {
        var draft = Draft();

        Assert.Equal(2014, draft.Year);
        Assert.Equal(15, draft.Divisions.Count);
        Assert.Equal("reader-services", draft.Divisions[3].Code);
        Assert.Equal(["kpi.01", "kpi.02", "kpi.03"], draft.Targets.Take(3).Select(t => t.Code));
        Assert.All(draft.Targets, t => Assert.Equal(t.Quote, Plan2014.Text.Substring(t.Offset, t.Quote.Length)));
        Assert.True(draft.Targets[1].Fractional is false && draft.Targets[0].Fractional is false);
    }

    [Fact]
    public void AnnualTarget_PerMonth_IsTwelveTimesAndNamedWithThePeriod()
    {
        var journal = Draft().Targets[4];

        Assert.Equal(24, journal.AnnualTarget);
        Assert.Equal("编印《文澜导读》（每月2期）", journal.Name);
    }

    [Fact]
    public void AnnualTarget_Range_IsTheChosenBound()
    {
        var branches = Draft().Targets[5];
        Assert.Null(branches.AnnualTarget);

        branches.RangeBound = RangeBounds.Lower;
        Assert.Equal((8.0, "at-least"), (branches.AnnualTarget!.Value, branches.PlanQualifier!));
        branches.RangeBound = RangeBounds.Upper;
        Assert.Equal((10.0, "target"), (branches.AnnualTarget!.Value, branches.PlanQualifier!));
    }

    [Fact]
    public void Validate_FreshDraft_NamesEveryMissingLeadTheRangeAndTheCap()
    {
        var issues = DraftValidator.Validate(Draft(), [2013], Plan2013);

        Assert.Equal(10, issues.Count(i => i.Field == "lead"));
        Assert.Contains(issues, i => i is { Field: "qualifier", Target: "t6" } && i.Message.Contains("请选择按下限 8（不少于）还是上限 10（力争）跟踪"));
        Assert.Contains(issues, i => i is { Field: "qualifier", Target: "t7" } && i.Message.Contains("不超过"));
    }

    [Fact]
    public void Validate_SplitNotAddingUp_SaysTheTotalAndTheDifference()
    {
        var draft = Draft();
        var loans = draft.Targets[0];
        loans.Split = [new() { Division = "reader-services", Target = 800_000 }, new() { Division = "branches", Target = 200_000 }];

        var issue = Assert.Single(DraftValidator.Validate(draft, [2013], Plan2013), i => i.Field == "split");

        Assert.Equal("“外借文献”分解到各部门的合计 1,000,000 与全年目标 1,100,000 不符（差 100,000）。请调整各部门的分解目标。", issue.Message);
    }

    [Fact]
    public void Validate_YearThatExistsAndDuplicateCode_AreRefused()
    {
        var draft = Draft();
        draft.Year = 2013;
        draft.Targets[1].Code = "kpi.01";

        var issues = DraftValidator.Validate(draft, [2013], Plan2013);

        Assert.Contains(issues, i => i.Field == "year" && i.Message.StartsWith("2013 年的计划已经发布过"));
        Assert.Equal(2, issues.Count(i => i.Field == "code" && i.Message == "指标代码“kpi.01”重复。每个指标的代码必须不同。"));
    }

    [Fact]
    public void Validate_AllFixed_HasNoIssueAndMakesAPlanFileWithOpeningAndPrevious()
    {
        var draft = Fixed(Draft());

        Assert.Empty(DraftValidator.Validate(draft, [2013], Plan2013));
        var plan = PlanFile.Parse(DraftPlanFile.Json(draft));

        Assert.Equal(9, plan.Kpis.Count);
        Assert.Equal(24, plan.Kpi("kpi.05").Target.Value);
        Assert.Equal((8.0, Qualifier.AtLeast), (plan.Kpi("kpi.06").Target.Value, plan.Kpi("kpi.06").Target.Qualifier));
        Assert.Equal((290_000.0, "readers.total-cards"), (plan.Kpi("kpi.03").Opening!.Value, plan.Kpi("kpi.03").Previous!));
        Assert.Equal(3, plan.Item("一.3")!.Number);
    }

    [Fact]
    public void Suggest_SameNameAndUnit_SuggestsLastYearsKpi_OtherUnitNot()
    {
        var draft = Draft();

        Assert.Equal("local-docs.acquired", PreviousKpis.Suggest(draft.Targets[7], Plan2013, [])!.Kpi.Code);
        Assert.Equal("circulation.loans", PreviousKpis.Suggest(draft.Targets[0], Plan2013, [])!.Kpi.Code);
        Assert.Null(PreviousKpis.Suggest(draft.Targets[0], Plan2013, ["circulation.loans"]));
        Assert.Null(PreviousKpis.Suggest(draft.Targets[6], Plan2013, [])); // 读者投诉 (件): nothing like it in 2013
    }

    /// <summary>The draft as an admin leaves it: leads chosen, the range by its lower bound, the cap deleted, the stock's opening level set.</summary>
    internal static PlanDraft Fixed(PlanDraft draft)
    {
        draft.Targets.RemoveAll(t => t.Qualifier == Qualifiers.AtMost);
        foreach (var t in draft.Targets) t.Lead = t.Item.StartsWith('二') ? "local-docs" : "reader-services";
        draft.Targets.Single(t => t.Id == "t6").RangeBound = RangeBounds.Lower;
        draft.Targets.Single(t => t.Id == "t3").Opening = 290_000;
        draft.Targets.Single(t => t.Id == "t3").Previous = "readers.total-cards";
        return draft;
    }
}
