using Microsoft.Extensions.Time.Testing;
using Portal.Data.Demo;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.Plans;

/// <summary>The live state follows the reporting cycle (ADR 026): a submission completes a month, a passing deadline ends 待报.</summary>
public sealed class PlanStateReportingTests
{
    private static readonly Plan Plan2014 = PlanFile.Load(RepoPaths.Seed("plan-2014.json"));

    // Every division but 研究辅导部 has reported April 2014.
    private static IEnumerable<MonthlyFigure> AllButResearch() =>
        DemoFigures.For(Plan2014, 4).Where(f => f.Month <= 3 || f.Division != "research");

    [Fact]
    public void Current_DeadlinePasses_PendingBecomesJudgedWithoutAnyChange()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2014, 5, 5, 15, 0, 0, TimeSpan.Zero)); // 5 May 23:00 in China
        var state = new PlanStore(CompletionEngine.Default, new PlanFeed(), clock).Load(Plan2014, AllButResearch());
        Assert.Equal(KpiStatus.Pending, state.Evaluate(4).Kpi("network.training-courses").Status);

        clock.Advance(TimeSpan.FromHours(1)); // 6 May 00:00: April's deadline has passed

        Assert.Equal(KpiStatus.AtRisk, state.Evaluate(4).Kpi("network.training-courses").Status);
        Assert.Equal(3, state.Current.AsOf);
    }

    [Fact]
    public void SetReporting_LateDivisionSubmits_CompleteMonthMovesOnAndPagesHearOfIt()
    {
        var feed = new PlanFeed();
        var store = new PlanStore(CompletionEngine.Default, feed, new FakeTimeProvider(new DateTimeOffset(2014, 5, 10, 2, 0, 0, TimeSpan.Zero)));
        var state = store.Load(Plan2014, AllButResearch());
        using var subscription = feed.SubscribeAll();
        Assert.Equal(3, state.Current.AsOf);

        store.SetReporting(2014, new DeadlineSchedule(2014), new HashSet<(string, int)> { ("research", 4) });

        Assert.Equal(4, state.Current.CompleteMonth);
        Assert.Equal(4, state.Current.AsOf);
        Assert.True(subscription.Reader.TryRead(out var heard));
        Assert.Equal((2014, 0), (heard.Year, heard.Changes.Count));
    }
}
