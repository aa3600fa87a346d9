using System.Threading.Channels;

namespace Portal.Live.Instances;

/// <summary>
/// Figures, task progress or a plan definition (published or edited: <paramref name="Plan"/>) committed on one instance,
/// for the other instances that share the database; or the news that a year's reporting changed
/// (<paramref name="Reporting"/>: submissions, deadlines, reminders), which the others read from the database.
/// One <see cref="PlanChanged"/> of this instance on the wire (ADR 030).
/// </summary>
public sealed record ChangeBatch(int Year, IReadOnlyList<FigureChange> Changes, IReadOnlyList<ItemChange>? Items = null,
    PlanRevision? Plan = null, ReportingChange? Reporting = null)
{
    /// <summary>The library whose plan it is (ADR 039); a message from before libraries is the default library's.</summary>
    public int Library { get; init; } = Data.Entities.Library.DefaultId;

    public static ChangeBatch Of(PlanChanged change) =>
        new(change.Year, change.Changes, change.ItemChanges, change.Revision, change.Reporting) { Library = change.Library };
}

/// <summary>
/// Carries committed changes between Portal instances behind one load balancer, so that each instance's
/// <see cref="PlanStore"/>, circuits and hub clients follow saves made anywhere. A transport only: Redis pub/sub
/// when configured, in-process otherwise. See docs/adr/004-live-updates-across-instances.md.
/// </summary>
public interface IChangeBus
{
    /// <summary>Starts listening. Called before the store is loaded, so nothing committed meanwhile is missed.</summary>
    Task ConnectAsync(CancellationToken ct);

    /// <summary>Tells every other instance about changes committed on this one.</summary>
    Task PublishAsync(ChangeBatch batch, CancellationToken ct);

    /// <summary>Changes committed on other instances, in the order each of them published them.</summary>
    ChannelReader<ChangeBatch> Received { get; }

    /// <summary>
    /// Changes may have been missed: the transport is back after a loss, or another instance could not publish some.
    /// The store reloads from the database.
    /// </summary>
    event Action? MayHaveMissedChanges;
}
