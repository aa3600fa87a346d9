using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.Plans;

/// <summary>A save marks the evaluation stale; the next reader evaluates once, with every change in it.</summary>
public sealed class PlanStateTests
{
    private static readonly Plan Plan = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));
    private static readonly DateTimeOffset At = new(2013, 11, 4, 2, 30, 0, TimeSpan.Zero);

    private static FigureChange Repaired(int month, double pages, double? previous = null) =>
        new(2013, "ancient-books.repaired-pages", "ancient-books", month, pages, previous, "古籍部", At);

    [Fact]
    public void Current_AfterABurstOfSaves_HoldsEveryOne()
    {
        var state = new PlanState(Plan, [new MonthlyFigure("ancient-books.repaired-pages", "ancient-books", 1, 700)], CompletionEngine.Default);

        for (var month = 2; month <= 10; month++) state.Apply([Repaired(month, 750)]);
        state.Apply([Repaired(10, 820, 750)]);

        var repaired = state.Current.Kpi("ancient-books.repaired-pages");
        Assert.Equal(700 + 8 * 750 + 820, repaired.Actual);
        Assert.Equal(10, state.Current.AsOf);
    }

    [Fact]
    public void Current_ReadTwiceWithoutASave_IsTheSameSnapshot()
    {
        var state = new PlanState(Plan, [], CompletionEngine.Default);
        state.Apply([Repaired(1, 700)]);

        Assert.Same(state.Current, state.Current);
    }

    [Fact]
    public void Apply_LeavesASnapshotAlreadyHandedOutAsItWas()
    {
        var state = new PlanState(Plan, [new MonthlyFigure("ancient-books.repaired-pages", "ancient-books", 1, 700)], CompletionEngine.Default);
        var before = state.Current;

        state.Apply([Repaired(2, 810)]);

        Assert.Equal(700, before.Kpi("ancient-books.repaired-pages").Actual);
        Assert.Equal(1_510, state.Current.Kpi("ancient-books.repaired-pages").Actual);
        Assert.NotSame(before, state.Current);
    }

    [Fact]
    public void Recent_KeepsTheNewestFirst_UpToItsCapacity()
    {
        var state = new PlanState(Plan, [], CompletionEngine.Default);

        state.Apply([.. Enumerable.Range(1, 12).Select(m => Repaired(m, 100 * m))]);
        state.Apply([.. Enumerable.Range(1, PlanState.RecentCapacity).Select(i => Repaired(12, i, i - 1))]);

        Assert.Equal(PlanState.RecentCapacity, state.Recent.Count);
        Assert.Equal(PlanState.RecentCapacity, state.Recent[0].Value);
        Assert.Equal(1, state.Recent[^1].Value);
    }

    [Fact]
    public void Apply_ABatchLargerThanThePlansKpis_WithDeletes_ClearsThoseCells()
    {
        var figures = Enumerable.Range(1, 12).Select(m => new MonthlyFigure("ancient-books.repaired-pages", "ancient-books", m, 700));
        var state = new PlanState(Plan, figures, CompletionEngine.Default);

        // 30 changes (more than the 23 KPIs: the ledger is recomputed once), two of them deletes
        var changes = Enumerable.Range(1, 28).Select(i => new FigureChange(2013, "circulation.loans", Plan.Divisions[i % 15].Code, 1 + i / 15, 1_000, null, "导入", At))
            .Append(new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", 11, null, 700, "古籍部", At))
            .Append(new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", 12, null, 700, "古籍部", At)).ToList();
        state.Apply(changes);

        Assert.Equal(10 * 700, state.Current.Kpi("ancient-books.repaired-pages").Actual);
        Assert.Equal(28 * 1_000, state.Evaluate(12).Kpi("circulation.loans").Actual);
    }

    [Fact]
    public void Evaluate_AnotherMonth_IsKeptUntilTheNextSave_ThenHasTheSaveInIt()
    {
        var state = new PlanState(Plan, [new MonthlyFigure("ancient-books.repaired-pages", "ancient-books", 1, 700)], CompletionEngine.Default);
        state.Apply([Repaired(2, 810), Repaired(3, 790)]);
        var march = state.Evaluate(2);

        Assert.Same(march, state.Evaluate(2)); // a roll-up over a hundred libraries evaluates only the one that saved
        state.Apply([Repaired(2, 900, 810)]);
        var after = state.Evaluate(2);

        Assert.NotSame(march, after);
        Assert.Equal((1_510, 1_600), (march.Kpi("ancient-books.repaired-pages").Actual, after.Kpi("ancient-books.repaired-pages").Actual));
    }
}
