using Portal.Languages;

namespace Portal.Live;

/// <summary>
/// Reads a feed subscription in a loop and hands each change to a callback (typically a component's
/// InvokeAsync(StateHasChanged)). Disposing cancels and then awaits the loop, so no callback runs afterwards.
/// </summary>
public sealed class LiveSubscription : IAsyncDisposable
{
    private readonly PlanFeed.Subscription _subscription;
    private readonly CancellationTokenSource _cts = new();
    private readonly Task _loop;
    private readonly CircuitCulture _culture = new(); // the subscriber's: each callback renders in it (ADR 036)

    public LiveSubscription(PlanFeed feed, int? year, Func<PlanChanged, Task> onChange)
    {
        _subscription = feed.Subscribe(year);
        _loop = RunAsync(onChange, _cts.Token);
    }

    private async Task RunAsync(Func<PlanChanged, Task> onChange, CancellationToken ct)
    {
        try
        {
            await foreach (var change in _subscription.Reader.ReadAllAsync(ct))
            {
                _culture.Apply();
                await onChange(change);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _cts.CancelAsync();
        _subscription.Dispose();
        await _loop;
        _cts.Dispose();
    }
}
