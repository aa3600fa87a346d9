using System.Threading.Channels;
using Portal.Data;
using Portal.Domain.Plans;

namespace Portal.Live.Instances;

/// <summary>
/// Links this instance's store to the others: publishes what was committed here, and applies what was committed
/// elsewhere (which then reaches this instance's circuits and hub clients like a local save). When the bus says
/// it may have lost changes, or a save's outcome is unknown because the database went away during its COMMIT
/// (<see cref="ResyncRequests"/>), reloads the store from the database, waiting for the database to answer again
/// (ADR 019); what such a reload finds after an unknown outcome is published like this instance's own saves.
/// News that a year's reporting changed (<see cref="PlanChanged.Reporting"/>) travels the same way (ADR 030).
/// </summary>
public sealed class ChangeRelay : BackgroundService
{
    private readonly PlanFeed.Subscription _changes;
    private readonly PlanStores _stores;
    private readonly IChangeBus _bus;
    private readonly StoreResync _resync;
    private readonly ResyncRequests _requests;
    private readonly TimeProvider _clock;
    private readonly ILogger<ChangeRelay> _log;
    private int _publishNext; // 1: the next reload publishes what it finds (an unknown outcome of this instance's save)

    // Reconnections that come while a resynchronisation runs collapse into one more.
    private readonly Channel<bool> _resyncs = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChangeRelay(PlanFeed feed, PlanStores stores, IChangeBus bus, StoreResync resync, ResyncRequests requests,
        TimeProvider clock, ILogger<ChangeRelay> log)
    {
        _changes = feed.SubscribeAll();
        _stores = stores;
        _bus = bus;
        _resync = resync;
        _requests = requests;
        _clock = clock;
        _log = log;
        _bus.MayHaveMissedChanges += RequestResync;
        _requests.Requested += RequestPublishingResync;
    }

    private void RequestResync() => _resyncs.Writer.TryWrite(true);

    private void RequestPublishingResync()
    {
        Interlocked.Exchange(ref _publishNext, 1);
        RequestResync();
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            await Task.WhenAll(PublishAsync(ct), ApplyAsync(ct), ResyncAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task PublishAsync(CancellationToken ct)
    {
        await foreach (var change in _changes.Reader.ReadAllAsync(ct))
        {
            if (change.Origin != ChangeOrigin.ThisInstance) continue;
            try
            {
                await _bus.PublishAsync(ChangeBatch.Of(change), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _log.LogError(e, "Could not tell other instances about {Count} changes to {Year}", change.Changes.Count, change.Year);
            }
        }
    }

    private async Task ApplyAsync(CancellationToken ct)
    {
        await foreach (var batch in _bus.Received.ReadAllAsync(ct))
        {
            try
            {
                var store = _stores.For(batch.Library);
                // The plan first: figures that come with it may belong to a KPI or division it adds.
                if (batch.Plan is { } plan) store.Adopt(PlanFile.Parse(plan.Json), plan, ChangeOrigin.OtherInstance);
                if (batch.Changes.Count > 0) store.Apply(batch.Year, batch.Changes, ChangeOrigin.OtherInstance);
                if (batch.Items is { Count: > 0 } items) store.ApplyItems(batch.Year, items, ChangeOrigin.OtherInstance);
                if (batch.Reporting is { } what) store.ReportingChanged(batch.Year, what, ChangeOrigin.OtherInstance);
                // Last: the one step that reads the database (a late message must not leave an older figure, ADR 004).
                await _resync.ConfirmAsync(store, batch.Year, batch.Changes, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException && DatabaseOutage.Is(e))
            {
                // Applied but not confirmed: reload everything once the database answers again.
                _log.LogWarning(e, "Could not confirm {Count} changes to {Year} from another instance: the database is unreachable", batch.Changes.Count, batch.Year);
                RequestResync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One batch this store cannot take (a plan that differs between instances) must not stop the relay.
                _log.LogError(e, "Could not apply {Count} changes to {Year} from another instance", batch.Changes.Count, batch.Year);
            }
        }
    }

    private async Task ResyncAsync(CancellationToken ct)
    {
        await foreach (var _ in _resyncs.Reader.ReadAllAsync(ct))
        {
            var origin = Interlocked.Exchange(ref _publishNext, 0) == 1 ? ChangeOrigin.ThisInstance : ChangeOrigin.OtherInstance;
            for (var wait = TimeSpan.FromSeconds(1); ; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, MaxWait.Ticks)))
            {
                try
                {
                    await _resync.RunAsync(origin, ct);
                    // Submissions and deadlines may have changed meanwhile too: reporting pages read them again.
                    foreach (var store in _stores.All)
                        foreach (var state in store.Plans) store.ReportingChanged(state.Plan.Year, ReportingChange.Reloaded, ChangeOrigin.OtherInstance);
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException && DatabaseOutage.Is(e))
                {
                    _log.LogWarning("The database is unreachable; reloading the plans again in {Wait}", wait);
                    await Task.Delay(wait, _clock, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _log.LogError(e, "Could not reload the plans from the database after a reconnection");
                    break;
                }
            }
        }
    }

    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(15);

    public override void Dispose()
    {
        _bus.MayHaveMissedChanges -= RequestResync;
        _requests.Requested -= RequestPublishingResync;
        _changes.Dispose();
        base.Dispose();
    }
}
