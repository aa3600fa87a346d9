using Portal.Languages;

namespace Portal.Live;

/// <summary>
/// Reads a feed subscription in a loop and hands each change to a callback (typically a component's
/// InvokeAsync(StateHasChanged)). Disposing cancels and then awaits the loop, so no callback runs afterwards. It
/// follows the library of the scope it was made in (the page's address, ADR 039), and runs each callback in that
/// scope and the subscriber's culture.
/// </summary>
public sealed class LiveSubscription : IAsyncDisposable
{
    private readonly PlanFeed.Subscription _subscription;
    private readonly CancellationTokenSource _cts = new();
    private readonly Task _loop;
    private readonly CircuitCulture _culture = new(); // the subscriber's: each callback renders in it (ADR 036)
    private readonly Data.LibraryScope _scope = Data.LibraryScope.Current;

    /// <param name="revisions">Also plans published or edited in other years (see <see cref="PlanFeed.Subscribe"/>).</param>
    /// <param name="below">Also these libraries' changes of the year (see <see cref="PlanFeed.Subscribe"/>).</param>
    public LiveSubscription(PlanFeed feed, int? year, Func<PlanChanged, Task> onChange, bool revisions = false, IReadOnlySet<int>? below = null)
    {
        _subscription = feed.Subscribe(year, revisions, _scope.Library, below);
        _loop = RunAsync(onChange, _cts.Token);
    }

    private async Task RunAsync(Func<PlanChanged, Task> onChange, CancellationToken ct)
    {
        try
        {
            await foreach (var change in _subscription.Reader.ReadAllAsync(ct))
            {
                _culture.Apply();
                Data.LibraryScope.Current = _scope;
                await onChange(change);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stops reading and returns the loop, which ends after the callback running now (if any).</summary>
    public Task StopAsync()
    {
        // Not disposed afterwards: a source without a timer holds nothing, and a second stop may still cancel it.
        _cts.Cancel();
        _subscription.Dispose();
        return _loop;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
