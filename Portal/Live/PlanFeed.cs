using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Portal.Live;

/// <summary>
/// The change feed of this server. Each page subscriber gets a one-slot channel that keeps only the newest
/// <see cref="PlanChanged"/>, so a burst of saves coalesces and a slow page always renders the final state.
/// Server components that need every batch of figures (the hub broadcaster, the relay to other instances)
/// take <see cref="SubscribeAll"/> instead, which drops nothing.
/// </summary>
public sealed class PlanFeed
{
    private readonly ConcurrentDictionary<Subscription, byte> _subscribers = new();
    private readonly ConcurrentDictionary<Subscription, byte> _everything = new();

    /// <summary>Page subscriptions (those of <see cref="Subscribe"/>); <see cref="SubscribeAll"/> is not counted.</summary>
    public int SubscriberCount => _subscribers.Count;

    /// <param name="year">Only changes of this plan year, or null for all.</param>
    /// <param name="revisions">Also every plan published or edited in another year (the years a page offers change).</param>
    /// <param name="library">Only changes of this library's plans (ADR 039).</param>
    /// <param name="below">Also the changes of these libraries' plans in the year (a roll-up over the libraries below, ADR 044).</param>
    public Subscription Subscribe(int? year = null, bool revisions = false, int library = Data.Entities.Library.DefaultId,
        IReadOnlySet<int>? below = null) =>
        Add(_subscribers, year, revisions, Channel.CreateBounded<PlanChanged>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true }), library, below);

    /// <summary>Every change of every year, in the order applied, none dropped.</summary>
    public Subscription SubscribeAll() =>
        Add(_everything, null, false, Channel.CreateUnbounded<PlanChanged>(new UnboundedChannelOptions { SingleReader = true }), null);

    public void Publish(PlanChanged change)
    {
        foreach (var s in _everything.Keys) s.Writer.TryWrite(change);
        foreach (var s in _subscribers.Keys)
            if (s.Follows(change)) s.Writer.TryWrite(change);
    }

    private Subscription Add(ConcurrentDictionary<Subscription, byte> set, int? year, bool revisions, Channel<PlanChanged> channel, int? library,
        IReadOnlySet<int>? below = null)
    {
        var subscription = new Subscription(set, year, channel) { Revisions = revisions, Library = library, Below = below };
        set[subscription] = 0;
        return subscription;
    }

    public sealed class Subscription : IDisposable
    {
        private readonly ConcurrentDictionary<Subscription, byte> _set;
        private readonly Channel<PlanChanged> _channel;

        internal Subscription(ConcurrentDictionary<Subscription, byte> set, int? year, Channel<PlanChanged> channel)
        {
            _set = set;
            _channel = channel;
            Year = year;
        }

        public int? Year { get; }
        public bool Revisions { get; internal init; }
        /// <summary>The library followed; null for every library (SubscribeAll).</summary>
        public int? Library { get; internal init; }
        /// <summary>Libraries whose changes of the year are followed too (their plans' revisions in other years are not).</summary>
        public IReadOnlySet<int>? Below { get; internal init; }
        public ChannelReader<PlanChanged> Reader => _channel.Reader;

        internal bool Follows(PlanChanged change) => change.Library == Library
            ? Year is null || Year == change.Year || (Revisions && change.Revision is not null)
            : Below?.Contains(change.Library) == true && (Year is null || Year == change.Year);
        internal ChannelWriter<PlanChanged> Writer => _channel.Writer;

        public void Dispose()
        {
            _set.TryRemove(this, out _);
            _channel.Writer.TryComplete();
        }
    }
}
