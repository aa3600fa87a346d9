using Portal.Live;

namespace Portal.Hubs;

/// <summary>One hub broadcast of a plan year: the latest figures saved since the previous one (oldest first).</summary>
public sealed record Broadcast(int Year, IReadOnlyList<FigureChange> Saved)
{
    /// <summary>The library whose plan it is (ADR 039).</summary>
    public int Library { get; init; } = Data.Entities.Library.DefaultId;
}

/// <summary>
/// A leading- and trailing-edge throttle for one plan year. The first change after a quiet interval is emitted at
/// once (no added latency for an isolated save); changes during the interval are gathered and emitted once when
/// it ends, and that trailing emission opens another interval. So a burst yields at most one emission per
/// interval, and the burst's last change is always followed by an emission.
/// </summary>
public sealed class BroadcastThrottle : IDisposable
{
    private readonly Lock _gate = new();
    private readonly int _year;
    private readonly TimeSpan _interval;
    private readonly int _maxSaved;
    private readonly Action<Broadcast> _emit;
    private readonly ITimer _timer;
    private readonly Queue<FigureChange> _saved = new();
    private bool _intervalRunning;
    private bool _pending;

    /// <param name="emit">Called under the throttle's lock, so emissions keep their order: it must not block.</param>
    public BroadcastThrottle(int year, TimeSpan interval, int maxSaved, TimeProvider time, Action<Broadcast> emit)
    {
        _year = year;
        _interval = interval;
        _maxSaved = maxSaved;
        _emit = emit;
        _timer = time.CreateTimer(_ => OnIntervalEnd(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Offer(IReadOnlyList<FigureChange> changes)
    {
        lock (_gate)
        {
            Keep(changes);
            if (_intervalRunning) _pending = true;
            else EmitAndStartInterval();
        }
    }

    private void OnIntervalEnd()
    {
        lock (_gate)
        {
            if (_pending) EmitAndStartInterval();
            else _intervalRunning = false;
        }
    }

    private void EmitAndStartInterval()
    {
        _emit(new Broadcast(_year, _saved.ToList()));
        _saved.Clear();
        _pending = false;
        _intervalRunning = true;
        _timer.Change(_interval, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Keeps only the latest figures: a 100,000-row import must not become 100,000 messages.</summary>
    private void Keep(IReadOnlyList<FigureChange> changes)
    {
        for (var i = Math.Max(0, changes.Count - _maxSaved); i < changes.Count; i++)
        {
            _saved.Enqueue(changes[i]);
            if (_saved.Count > _maxSaved) _saved.Dequeue();
        }
    }

    public void Dispose() => _timer.Dispose();
}
