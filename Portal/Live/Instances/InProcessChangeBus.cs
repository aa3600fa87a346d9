using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Portal.Live.Instances;

/// <summary>
/// The instances that can hear each other in one process. A portal registers its own, so by default it is alone;
/// tests give two hosts the same network to run as two instances without Redis.
/// </summary>
public sealed class InProcessChangeNetwork
{
    private readonly ConcurrentDictionary<InProcessChangeBus, byte> _members = new();

    internal void Join(InProcessChangeBus bus) => _members[bus] = 0;

    internal void Leave(InProcessChangeBus bus) => _members.TryRemove(bus, out _);

    internal void Deliver(ChangeBatch batch, InProcessChangeBus from)
    {
        foreach (var member in _members.Keys)
            if (member != from) member.Receive(batch);
    }
}

/// <summary>The default <see cref="IChangeBus"/>: delivers to the other members of its <see cref="InProcessChangeNetwork"/>.</summary>
public sealed class InProcessChangeBus(InProcessChangeNetwork network) : IChangeBus, IDisposable
{
    private readonly Channel<ChangeBatch> _received = Channel.CreateUnbounded<ChangeBatch>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ChangeBatch> Received => _received.Reader;

    /// <summary>Never raised: in one process nothing is lost.</summary>
    public event Action? MayHaveMissedChanges
    {
        add { }
        remove { }
    }

    public Task ConnectAsync(CancellationToken ct)
    {
        network.Join(this);
        return Task.CompletedTask;
    }

    public Task PublishAsync(ChangeBatch batch, CancellationToken ct)
    {
        network.Deliver(batch, this);
        return Task.CompletedTask;
    }

    internal void Receive(ChangeBatch batch) => _received.Writer.TryWrite(batch);

    public void Dispose()
    {
        network.Leave(this);
        _received.Writer.TryComplete();
    }
}
