using Portal.Domain.Engine;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// A division's part in one KPI: where the plan splits the target, its own actual over its own target; where it
/// does not, the lead division carries the whole target and other reporting divisions only show their share.
/// </summary>
public sealed class DivisionShareTests
{
    private static readonly PlanEvaluation Q1 = Evaluate(FirstQuarter.Figures);

    private static DivisionShare Share(string kpi, string division) => Q1.Kpi(kpi).Divisions.Single(s => s.Division == division);

    [Theory]
    // loans as of March, total 209,100
    [InlineData("reader-services", 151_000, 700_000)]  // 0.215714, share 0.722143
    [InlineData("branches", 41_500, 200_000)]          // 0.2075,   share 0.198470
    [InlineData("mobile-library", 15_400, 100_000)]    // 0.154,    share 0.073649
    public void Share_SplitTarget_CompletionIsOwnActualOverOwnTarget(string division, double actual, double target)
    {
        var share = Share(Loans, division);
        Assert.Equal(actual, share.Actual);
        Assert.Equal(target, share.Target);
        Assert.Equal(actual / target, share.Completion!.Value, 12);
        Assert.Equal(actual / 209_100, share.Share, 12);
    }

    [Fact]
    public void Share_SplitTarget_DivisionOutsideTheSplit_OnlyContributes()
    {
        var share = Share(Loans, "accessibility");
        Assert.Equal(1_200, share.Actual);
        Assert.Null(share.Target);
        Assert.Null(share.Completion);
        Assert.Equal(0.005738881, share.Share, 9);  // 1,200 / 209,100
    }

    [Fact]
    public void Share_SplitTarget_SharesAddUpToTheWhole()
    {
        var shares = Q1.Kpi(Loans).Divisions;
        Assert.Equal(["reader-services", "branches", "mobile-library", "accessibility"], shares.Select(s => s.Division));
        Assert.Equal(1.0, shares.Sum(s => s.Share), 12);
    }

    [Fact]
    public void Share_SplitTarget_DivisionStatusUsesItsOwnExpectation()
    {
        // As of March each division is expected to have done 3/12 of its own target:
        // reader-services 151,000 / 175,000 = 86.3% → Behind; mobile-library 15,400 / 25,000 = 61.6% → AtRisk.
        Assert.Equal(KpiStatus.Behind, Share(Loans, "reader-services").Status);
        Assert.Equal(KpiStatus.AtRisk, Share(Loans, "mobile-library").Status);
    }

    [Fact]
    public void Share_UnsplitTarget_LeadCarriesTheWholeKpi()
    {
        // cards as of March: reader-services (lead) answers for all 274,900 of 290,000 = 0.947931; its own part is
        // 255,350, a share of 255,350 / 274,900 = 0.928883
        var lead = Share(Cards, "reader-services");
        Assert.Equal(290_000, lead.Target);
        Assert.Equal(255_350, lead.Actual);
        Assert.Equal(274_900.0 / 290_000, lead.Completion!.Value, 12);
        Assert.Equal(Q1.Kpi(Cards).Status, lead.Status);
        Assert.Equal(0.928883230, lead.Share, 9);
    }

    [Fact]
    public void Share_UnsplitTarget_OtherReportingDivision_ShowsContributionWithoutCompletion()
    {
        // branches' 19,550 cards are 19,550 / 274,900 = 7.1117% of the total
        var branches = Share(Cards, "branches");
        Assert.Equal(19_550, branches.Actual);
        Assert.Null(branches.Target);
        Assert.Null(branches.Completion);
        Assert.Null(branches.Status);
        Assert.Equal(0.071116770, branches.Share, 9);
    }

    [Fact]
    public void Share_LeadThatHasNotReported_IsListedWithTheKpisCompletion()
    {
        // only the branches' 18,400 cards in January: 18,400 / 290,000 = 0.063448; 18,400 / 24,166.67 = 76% → AtRisk
        var shares = Evaluate(F(Cards, "branches", 1, 18_400)).Kpi(Cards).Divisions;
        var lead = shares.Single(s => s.Division == "reader-services");
        Assert.Equal(0, lead.Actual);
        Assert.Equal(18_400.0 / 290_000, lead.Completion!.Value, 12);
        Assert.Equal(KpiStatus.AtRisk, lead.Status);
        Assert.Equal(1.0, shares.Single(s => s.Division == "branches").Share);
    }
}
