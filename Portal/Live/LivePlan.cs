namespace Portal.Live;

/// <summary>
/// How a page follows a plan year (ADR 030): it resolves the year and month from the address on every navigation
/// (<see cref="Follow"/>, called from OnParametersSet), subscribes to that year's changes and to plans published in
/// other years, runs the page's handler and re-renders through the page's InvokeAsync, and on dispose cancels and
/// awaits every loop it started, so no handler runs after the page is gone. Composed rather than inherited, so that
/// pages with a base class of their own (or none) use it alike; <see cref="LivePlanPage"/> is built on it.
/// </summary>
/// <param name="invoke">The page's InvokeAsync: handlers run on its renderer.</param>
/// <param name="onChange">What the page does with a change of its year or a plan published in another year.</param>
/// <param name="render">The page's StateHasChanged, called after each handler.</param>
public sealed class LivePlan(PlanStore store, PlanFeed feed, Func<Func<Task>, Task> invoke, Func<PlanChanged, Task> onChange, Action render)
    : IAsyncDisposable
{
    private LiveSubscription? _live;
    private int _liveYear;
    private Task _stopped = Task.CompletedTask;
    private bool _disposed;

    /// <summary>The plan year shown: the one the address names when it exists, else the default one; null when no plan is published.</summary>
    public PlanState? State { get; private set; }

    /// <summary>The month the address names (1–12), or null for the latest reported one.</summary>
    public int? Month { get; private set; }

    /// <summary>
    /// Follows the year and month of the address (null: the default year, the latest month); subscribes again when the
    /// year changes. With <paramref name="listen"/> false (a prerendered response) it only resolves. True when the year
    /// shown changed.
    /// </summary>
    public bool Follow(int? year, int? month = null, bool listen = true)
    {
        var state = store.FindOrDefault(year);
        var changed = state != State;
        State = state;
        Month = month is >= 1 and <= 12 ? month : null;
        // No plan at all: nothing to follow until the reader comes back (the layout's year switcher lists a new one).
        if (listen && state is not null) Listen(state.Plan.Year);
        return changed;
    }

    /// <summary>Subscribes to a year the page chose itself, when it is not the one followed already.</summary>
    public void Listen(int year)
    {
        if (_disposed || (_live is not null && _liveYear == year)) return;
        if (_live is { } old) _stopped = Task.WhenAll(_stopped, old.StopAsync());
        _liveYear = year;
        LiveSubscription? live = null;
        live = _live = new LiveSubscription(feed, year, change => invoke(async () =>
        {
            // A change read just before the page moved to another year or went away is not the page's any more.
            if (_disposed || live != _live) return;
            await onChange(change);
            if (!_disposed) render();
        }), revisions: true);
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_live is { } live) _stopped = Task.WhenAll(_stopped, live.StopAsync());
        await _stopped;
    }
}
