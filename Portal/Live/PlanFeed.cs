using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Portal.Live;

/// <summary>
/// The change feed of this server. Each subscriber gets a one-slot channel that keeps only the newest
/// <see cref="PlanChanged"/>, so a burst of saves coalesces and a slow page always renders the final state.
/// </summary>
public sealed class PlanFeed
{
    private readonly ConcurrentDictionary<Subscription, byte> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    /// <param name="year">Only changes of this plan year, or null for all.</param>
    public Subscription Subscribe(int? year = null)
    {
        var subscription = new Subscription(this, year);
        _subscribers[subscription] = 0;
        return subscription;
    }

    public void Publish(PlanChanged change)
    {
        foreach (var s in _subscribers.Keys)
            if (s.Year is null || s.Year == change.Year) s.Writer.TryWrite(change);
    }

    public sealed class Subscription : IDisposable
    {
        private readonly PlanFeed _feed;
        private readonly Channel<PlanChanged> _channel = Channel.CreateBounded<PlanChanged>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        internal Subscription(PlanFeed feed, int? year)
        {
            _feed = feed;
            Year = year;
        }

        public int? Year { get; }
        public ChannelReader<PlanChanged> Reader => _channel.Reader;
        internal ChannelWriter<PlanChanged> Writer => _channel.Writer;

        public void Dispose()
        {
            _feed._subscribers.TryRemove(this, out _);
            _channel.Writer.TryComplete();
        }
    }
}
