using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Portal.Live;

namespace Portal.Hubs;

/// <summary>
/// Turns every change applied on this instance (committed here or on another instance) into throttled hub
/// broadcasts per plan year. Each instance sends only to its own hub clients, from its own store.
/// </summary>
public sealed class ChangeBroadcaster : BackgroundService
{
    private readonly PlanFeed.Subscription _changes;
    private readonly DashboardPublisher _publisher;
    private readonly LiveOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChangeBroadcaster> _log;
    private readonly ConcurrentDictionary<(int Library, int Year), BroadcastThrottle> _throttles = new();
    private readonly Channel<Broadcast> _broadcasts = Channel.CreateUnbounded<Broadcast>(new UnboundedChannelOptions { SingleReader = true });

    public ChangeBroadcaster(PlanFeed feed, DashboardPublisher publisher, IOptions<LiveOptions> options, TimeProvider time, ILogger<ChangeBroadcaster> log)
    {
        // Subscribed when constructed, before the server takes requests, so that no committed change is missed.
        _changes = feed.SubscribeAll();
        _publisher = publisher;
        _options = options.Value;
        _time = time;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            await Task.WhenAll(ThrottleAsync(ct), SendAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task ThrottleAsync(CancellationToken ct)
    {
        await foreach (var change in _changes.Reader.ReadAllAsync(ct))
            _throttles.GetOrAdd((change.Library, change.Year), NewThrottle).Offer(change.Changes);
    }

    private BroadcastThrottle NewThrottle((int Library, int Year) plan) => new(plan.Year, _options.BroadcastInterval, _options.FigureSavedPerBroadcast, _time,
        b => _broadcasts.Writer.TryWrite(b with { Library = plan.Library }));

    private async Task SendAsync(CancellationToken ct)
    {
        await foreach (var broadcast in _broadcasts.Reader.ReadAllAsync(ct))
        {
            try
            {
                await _publisher.BroadcastAsync(broadcast, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed send must not stop live updates for good; the next change sends the full state again.
                _log.LogError(e, "Could not broadcast the {Year} dashboard", broadcast.Year);
            }
        }
    }

    public override void Dispose()
    {
        _changes.Dispose();
        foreach (var t in _throttles.Values) t.Dispose();
        base.Dispose();
    }
}
