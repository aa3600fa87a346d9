using System.Threading.Channels;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

/// <summary>
/// The one live-page helper (ADR 030): it follows the year the address names, hands reporting changes to the page
/// through the same channel-backed subscription as figures, and on dispose awaits the handler that is running.
/// </summary>
public sealed class LivePlanTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset At = new(2014, 3, 31, 2, 0, 0, TimeSpan.Zero);
    private readonly PlanFeed _feed = new();
    private readonly PlanStore _store;
    private readonly Channel<PlanChanged> _handled = Channel.CreateUnbounded<PlanChanged>();
    private int _renders;

    public LivePlanTests()
    {
        _store = new PlanStore(CompletionEngine.Default, _feed);
        _store.Load(TwoYears.Plan2013, []);
        _store.Load(TwoYears.Plan2014, []);
    }

    private LivePlan Page(Func<PlanChanged, Task>? onChange = null) => new(_store, _feed, run => run(),
        onChange ?? (change => _handled.Writer.WriteAsync(change).AsTask()), () => Interlocked.Increment(ref _renders));

    private static FigureChange Loans(int year, double value) =>
        new(year, "circulation.loans", "reader-services", 3, value, null, "staff", At);

    [Fact]
    public async Task Follow_TheAddressMovesTo2014_ShowsAndListensTo2014Only()
    {
        await using var page = Page();
        page.Follow(2013, 5);

        Assert.True(page.Follow(2014, null));
        _store.Apply(2013, [Loans(2013, 81_200)]);
        _store.Apply(2014, [Loans(2014, 84_600)]);

        var handled = await _handled.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal((2014, 84_600d), (handled.Year, handled.Changes.Single().Value!.Value));
        Assert.Equal((2014, (int?)null), (page.State!.Plan.Year, page.Month));
        Assert.Equal(1, _feed.SubscriberCount);
    }

    [Fact]
    public async Task ReportingChange_ReachesTheFollowingPage_ThroughItsSubscription()
    {
        await using var page = Page();
        page.Follow(2014);

        _store.ReportingChanged(2014, ReportingChange.Submitted);

        var handled = await _handled.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal((2014, ReportingChange.Submitted, ChangeOrigin.ThisInstance), (handled.Year, handled.Reporting, handled.Origin));
        Assert.Empty(handled.Changes);
    }

    [Fact]
    public async Task Dispose_AwaitsTheRunningHandler_AndNoHandlerRunsAfterwards()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var page = Page(async _ =>
        {
            Interlocked.Increment(ref calls);
            entered.TrySetResult();
            await release.Task; // a page's database read, still running when the reader leaves
        });
        page.Follow(2014);
        _store.Apply(2014, [Loans(2014, 84_600)]);
        await entered.Task.WaitAsync(Timeout);

        var disposing = page.DisposeAsync().AsTask();
        Assert.False(disposing.IsCompleted);
        release.SetResult();
        await disposing.WaitAsync(Timeout);
        _store.Apply(2014, [Loans(2014, 85_100)]);

        Assert.Equal(0, _feed.SubscriberCount);
        Assert.Equal((1, 0), (calls, _renders)); // the page went away while its handler ran: it is not rendered again
    }
}
