using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Live.Instances;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

public sealed class PlanStoreResyncTests
{
    private static readonly DateTimeOffset At = new(2013, 11, 1, 8, 30, 0, TimeSpan.FromHours(8));
    private readonly PlanFeed _feed = new();
    private readonly PlanStore _store;

    public PlanStoreResyncTests()
    {
        _store = new PlanStore(CompletionEngine.Default, _feed);
        _store.Load(PlanFile.Parse(File.ReadAllText(RepoPaths.Seed("plan-2013.json"))),
        [
            new MonthlyFigure("ancient-books.repaired-pages", "ancient-books", 9, 780, null),
            new MonthlyFigure("ancient-books.repaired-pages", "ancient-books", 10, 820, null),
            new MonthlyFigure("ancient-books.surveyed", "ancient-books", 10, 260, null),
        ]);
    }

    [Fact]
    public void Resync_WithTheDatabaseAhead_AppliesTheDifferenceAsChangesFromAnotherInstance()
    {
        using var changes = _feed.SubscribeAll();
        var stored = new Dictionary<FigureCell, double>
        {
            [new("ancient-books.repaired-pages", "ancient-books", 9)] = 780,   // unchanged
            [new("ancient-books.repaired-pages", "ancient-books", 10)] = 860,  // updated elsewhere
            [new("circulation.loans", "branches", 10)] = 18_450,              // added elsewhere
        };                                                                // surveyed in October: deleted elsewhere

        var done = _store.Resync(2013, stored, _store.Find(2013)!.Applied, StoreResync.By, At);

        Assert.True(done);
        Assert.True(changes.Reader.TryRead(out var change));
        Assert.Equal(ChangeOrigin.OtherInstance, change.Origin);
        Assert.Equal(
            [
                new FigureChange(2013, "circulation.loans", "branches", 10, 18_450, null, StoreResync.By, At),
                new FigureChange(2013, "ancient-books.surveyed", "ancient-books", 10, null, 260, StoreResync.By, At),
                new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", 10, 860, 820, StoreResync.By, At),
            ],
            change.Changes.OrderBy(c => c.Kpi.StartsWith("circ") ? 0 : c.Kpi.EndsWith("surveyed") ? 1 : 2));
        var now = _store.Find(2013)!.Current;
        Assert.Equal(780 + 860, now.Kpi("ancient-books.repaired-pages").Actual);
        Assert.Equal(0, now.Kpi("ancient-books.surveyed").Actual);
    }

    [Fact]
    public void Resync_WhenASaveWasAppliedAfterTheRead_IsRefusedAndChangesNothing()
    {
        var applied = _store.Find(2013)!.Applied;
        _store.Apply(2013, [new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", 10, 900, 820, "古籍部", At)]);
        using var changes = _feed.SubscribeAll();

        var done = _store.Resync(2013, new Dictionary<FigureCell, double>(), applied, StoreResync.By, At);

        Assert.False(done);
        Assert.False(changes.Reader.TryRead(out _));
        Assert.Equal(780 + 900, _store.Find(2013)!.Current.Kpi("ancient-books.repaired-pages").Actual);
    }

    [Fact]
    public void Resync_OfSomeCells_BringsOnlyThoseInLine_AndIgnoresCellsThePlanLacks()
    {
        using var changes = _feed.SubscribeAll();
        var stored = new Dictionary<FigureCell, double> { [new("ancient-books.repaired-pages", "ancient-books", 10)] = 900 };
        FigureCell[] cells = [new("ancient-books.repaired-pages", "ancient-books", 10), new("no.such-kpi", "ancient-books", 10), new("ancient-books.surveyed", "no-such-division", 10)];

        var done = _store.Resync(2013, stored, _store.Find(2013)!.Applied, StoreResync.By, At, cells: cells);

        Assert.True(done);
        Assert.True(changes.Reader.TryRead(out var change));
        Assert.Equal([new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", 10, 900, 820, StoreResync.By, At)], change.Changes);
        // Absent from what was read, but not among the cells read: September and the survey stay as they were.
        var now = _store.Find(2013)!.Current;
        Assert.Equal(780 + 900, now.Kpi("ancient-books.repaired-pages").Actual);
        Assert.Equal(260, now.Kpi("ancient-books.surveyed").Actual);
    }
}
