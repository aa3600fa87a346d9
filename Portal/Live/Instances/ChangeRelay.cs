namespace Portal.Live.Instances;

/// <summary>
/// Links this instance's store to the others: publishes what was committed here, and applies what was committed
/// elsewhere (which then reaches this instance's circuits and hub clients like a local save).
/// </summary>
public sealed class ChangeRelay : BackgroundService
{
    private readonly PlanFeed.Subscription _changes;
    private readonly Plans.PlanStore _store;
    private readonly IChangeBus _bus;
    private readonly ILogger<ChangeRelay> _log;

    public ChangeRelay(PlanFeed feed, Plans.PlanStore store, IChangeBus bus, ILogger<ChangeRelay> log)
    {
        _changes = feed.SubscribeAll();
        _store = store;
        _bus = bus;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            await Task.WhenAll(PublishAsync(ct), ApplyAsync(ct));
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
                await _bus.PublishAsync(new ChangeBatch(change.Year, change.Changes), ct);
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
            _store.Apply(batch.Year, batch.Changes, ChangeOrigin.OtherInstance);
    }

    public override void Dispose()
    {
        _changes.Dispose();
        base.Dispose();
    }
}
