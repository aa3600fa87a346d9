using Microsoft.Extensions.Time.Testing;
using Portal.Hubs;
using Portal.Live;
using Portal.Plans;

namespace Portal.Tests.Live;

/// <summary>The throttle on a fake clock: time moves only when a test advances it, so nothing here sleeps.</summary>
public sealed class BroadcastThrottleTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private const int MaxSaved = 10;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2013, 10, 31, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly List<(TimeSpan At, Broadcast Broadcast)> _emitted = [];
    private readonly BroadcastThrottle _throttle;
    private readonly DateTimeOffset _start;
    private int _next;

    public BroadcastThrottleTests()
    {
        _start = _time.GetUtcNow();
        _throttle = new BroadcastThrottle(2013, Interval, MaxSaved, _time, b => _emitted.Add((_time.GetUtcNow() - _start, b)));
    }

    [Fact]
    public void Offer_WhenQuiet_EmitsAtOnce()
    {
        var change = Change();

        _throttle.Offer([change]);

        var (at, broadcast) = Assert.Single(_emitted);
        Assert.Equal(TimeSpan.Zero, at);
        Assert.Equal(new[] { change }, broadcast.Saved);
    }

    [Fact]
    public void Offer_WithinTheInterval_WaitsForItsEnd_ThenEmitsWhatCameMeanwhile()
    {
        _throttle.Offer([Change()]);
        Advance(100);
        var second = Change();
        var third = Change();
        _throttle.Offer([second]);
        Advance(50);
        _throttle.Offer([third]);

        Advance(99);
        Assert.Single(_emitted);
        Advance(1);

        Assert.Equal(2, _emitted.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(250), _emitted[1].At);
        Assert.Equal(new[] { second, third }, _emitted[1].Broadcast.Saved);
    }

    [Fact]
    public void Offer_AfterAQuietInterval_IsEmittedAtOnceAgain()
    {
        _throttle.Offer([Change()]);
        Advance(250);
        Advance(400);

        _throttle.Offer([Change()]);

        Assert.Equal(2, _emitted.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(650), _emitted[1].At);
    }

    [Fact]
    public void IntervalEnd_WithNothingNew_EmitsNothing()
    {
        _throttle.Offer([Change()]);

        Advance(250);
        Advance(250);
        Advance(1000);

        Assert.Single(_emitted);
    }

    [Fact]
    public void Burst_OfTenThousandSavesOverThreeSeconds_EmitsAtMostFiveASecond_AndEndsWithTheLastSave()
    {
        FigureChange last = Change();
        var lastAt = TimeSpan.Zero;
        for (var i = 0; i < 10_000; i++)
        {
            last = Change();
            lastAt = _time.GetUtcNow() - _start;
            _throttle.Offer([last]);
            if (i % 10 == 9) Advance(3);
        }
        Advance(250);
        Advance(250);

        var times = _emitted.Select(e => e.At).ToList();
        for (var i = 0; i < times.Count; i++)
            Assert.True(times.Count(t => t >= times[i] && t < times[i] + TimeSpan.FromSeconds(1)) <= 5, $"more than 5 broadcasts in the second from {times[i]}");
        Assert.InRange(_emitted.Count, 12, 14);
        Assert.All(_emitted, e => Assert.InRange(e.Broadcast.Saved.Count, 1, MaxSaved));
        Assert.Equal(last, _emitted[^1].Broadcast.Saved[^1]);
        Assert.InRange(_emitted[^1].At, lastAt, lastAt + Interval + TimeSpan.FromMilliseconds(3));
    }

    [Fact]
    public void OneBatch_OfOneHundredThousandRows_EmitsOnceWithOnlyTheLatestFigures()
    {
        var import = Enumerable.Range(0, 100_000).Select(_ => Change()).ToList();

        _throttle.Offer(import);
        Advance(250);

        var (_, broadcast) = Assert.Single(_emitted);
        Assert.Equal(import.TakeLast(MaxSaved), broadcast.Saved);
    }

    private void Advance(int milliseconds) => _time.Advance(TimeSpan.FromMilliseconds(milliseconds));

    /// <summary>A save of ancient-book repairs with a new value each time, as a busy month-end would bring.</summary>
    private FigureChange Change()
    {
        var n = _next++;
        return new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", n % 12 + 1, 800 + n, n == 0 ? null : 799 + n, "古籍部", _time.GetUtcNow());
    }

    public void Dispose() => _throttle.Dispose();
}
