using System.Collections.Concurrent;
using Portal.Domain.Engine;

namespace Portal.Live;

/// <summary>
/// Each library's <see cref="PlanStore"/> on this server (ADR 039), made when first asked for. They share the one
/// <see cref="PlanFeed"/>: every change names its library. A request or circuit gets the store of the library its
/// address names as the scoped <see cref="PlanStore"/>.
/// </summary>
public sealed class PlanStores : IDisposable
{
    private readonly ConcurrentDictionary<int, PlanStore> _stores = new();
    private readonly CompletionEngine _engine;
    private readonly PlanFeed _feed;
    private readonly TimeProvider _clock;

    public PlanStores(CompletionEngine engine, PlanFeed feed, TimeProvider clock, Data.LibraryTree tree)
    {
        (_engine, _feed, _clock) = (engine, feed, clock);
        Joints = new JointLinks(this, feed, tree);
    }

    public void Dispose() => Joints.Dispose();

    /// <summary>The joint targets between the libraries' stores (ADR 043).</summary>
    public JointLinks Joints { get; }

    public PlanStore For(int library) => _stores.GetOrAdd(library, id => new PlanStore(_engine, _feed, _clock, id, Joints));

    /// <summary>The default library's store: what the addresses without a library show.</summary>
    public PlanStore Default => For(Data.Entities.Library.DefaultId);

    /// <summary>The stores made so far, one per library with a plan loaded or asked for.</summary>
    public IReadOnlyList<PlanStore> All => _stores.Values.OrderBy(s => s.Library).ToList();
}
