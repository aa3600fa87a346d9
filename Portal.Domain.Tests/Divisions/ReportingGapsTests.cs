using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Tests.Support;

namespace Portal.Domain.Tests.Divisions;

public sealed class ReportingGapsTests
{
    private static readonly Lazy<Plan> Plan2013 = new(() => PlanFile.Load(RepoPaths.Seed("plan-2013.json")));

    [Fact]
    public void Gaps_MissingMarch_ListsMarchForThatKpiAndEveryMonthForKpisNotReported()
    {
        var ledger = new FigureLedger(Plan2013.Value);
        ledger.AddRange([
            new MonthlyFigure("readers.new-cards", "reader-services", 1, 1_744),
            new MonthlyFigure("readers.new-cards", "reader-services", 2, 1_674),
            new MonthlyFigure("readers.new-cards", "reader-services", 4, 1_600),
        ]);

        var gaps = ReportingGaps.For(ledger, "reader-services", 4).ToDictionary(g => g.Kpi.Code, g => g.Months);

        Assert.Equal([3], gaps["readers.new-cards"]);
        Assert.Equal([1, 2, 3, 4], gaps["readers.total-cards"]);
        Assert.Equal([1, 2, 3, 4], gaps["circulation.loans"]);
        Assert.Equal(4, gaps.Count); // new cards, total cards, loans and visits: the KPIs it carries
    }

    [Fact]
    public void Gaps_ContributorWithoutTarget_OwesNothing()
    {
        var ledger = new FigureLedger(Plan2013.Value);

        var gaps = ReportingGaps.For(ledger, "branches", 2);

        // Branches carry 200,000 of the loans target but only contribute to visits.
        Assert.Equal("circulation.loans", Assert.Single(gaps).Kpi.Code);
    }

    [Fact]
    public void Gaps_DivisionWithoutKpis_OwesNothing()
    {
        var ledger = new FigureLedger(Plan2013.Value);

        Assert.Empty(ReportingGaps.For(ledger, "office", 10));
    }

    [Fact]
    public void Gaps_KpiRetiredFromAMonth_IsOwedOnlyBeforeIt()
    {
        var ledger = new FigureLedger(PlanRevisions.RetireKpi(Plan2013.Value, "circulation.loans", 3));

        var gaps = ReportingGaps.For(ledger, "reader-services", 4).ToDictionary(g => g.Kpi.Code, g => g.Months);

        Assert.Equal([1, 2], gaps["circulation.loans"]);
        Assert.Equal([1, 2, 3, 4], gaps["readers.new-cards"]);
        Assert.DoesNotContain(ReportingGaps.Carried(ledger.Plan, "reader-services", 3), k => k.Code == "circulation.loans");
        Assert.Contains(ReportingGaps.Carried(ledger.Plan, "reader-services", 2), k => k.Code == "circulation.loans");
        Assert.DoesNotContain(ReportingGaps.MissingIn(ledger, "reader-services", 4), k => k.Code == "circulation.loans");
    }

    [Fact]
    public void Gaps_DivisionRetiredFromAMonth_OwesNothingFromThen()
    {
        // 分馆与流通站 carries only the loans share: once loans is retired (here from August) and its task handed over,
        // the division may be retired too, from an earlier month.
        var handed = PlanRevisions.MoveItem(PlanRevisions.RetireKpi(Plan2013.Value, "circulation.loans", 8), "四.5", "reader-services");
        var plan = PlanRevisions.RetireDivision(handed, "branches", 5);
        var ledger = new FigureLedger(plan);

        Assert.Equal([1, 2, 3, 4], Assert.Single(ReportingGaps.For(ledger, "branches", 6)).Months);
        Assert.Empty(ReportingGaps.Carried(plan, "branches", 5));
        Assert.Empty(ReportingGaps.MissingIn(ledger, "branches", 6));
    }
}
