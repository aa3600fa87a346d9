using Portal.Data;
using Portal.Domain.Reporting;
using Portal.Languages;
using Portal.Live;

namespace Portal.Province;

/// <summary>
/// A province roll-up that follows its libraries live (ADR 044), for /province and the province wall. The page
/// resolves the set, the year and the month (<see cref="FollowAsync"/>); a change saved in any library of the set,
/// on this instance or relayed from another, rolls it up again: the evaluations from the live stores (only the library
/// that changed evaluates again), the month's reporting records from the database. A deadline passing or a month
/// starting rolls it up again on its own (who is late changes with the clock, not with a save). Like <see cref="LivePlan"/>
/// it is composed into the page, runs on the page's renderer, and after dispose runs nothing.
/// </summary>
/// <param name="invoke">The page's InvokeAsync.</param>
/// <param name="render">The page's StateHasChanged, called after each roll-up.</param>
public sealed class ProvinceLive(ProvinceReader reader, PlanFeed feed, TimeProvider clock, ILogger logger,
    Func<Func<Task>, Task> invoke, Action render) : IAsyncDisposable
{
    private LiveSubscription? _live;
    private (int Addressed, int Year, string Libraries)? _listening;
    private Task _stopped = Task.CompletedTask;
    private ITimer? _deadline;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ProvinceSet? _set;
    private int _year;
    private int? _month;
    private bool _disposed;
    private readonly LibraryScope _scope = LibraryScope.Current; // the page's: the timer's roll-up reads in it too
    private readonly CircuitCulture _culture = new();

    public ProvinceView? View { get; private set; }

    /// <summary>When the roll-up was last made: the wall says how fresh it is.</summary>
    public DateTimeOffset RolledUpAt { get; private set; }

    /// <summary>The addressed library's joint targets as of the view's month.</summary>
    public IReadOnlyList<JointStanding> Joint { get; private set; } = [];

    /// <summary>The latest saves below the addressed library (see <see cref="ProvinceReader.Latest"/>), read from the stores as they are now.</summary>
    public (bool Contributions, IReadOnlyList<LatestSave> Saves) Latest(int count) =>
        _set is { } set ? reader.Latest(set, _year, count) : (false, []);

    /// <summary>
    /// Rolls up <paramref name="set"/>'s <paramref name="year"/> as of <paramref name="month"/> (null: the month being
    /// reported now, which moves on with the calendar) and, with <paramref name="listen"/>, follows it.
    /// </summary>
    public async Task FollowAsync(ProvinceSet set, int year, int? month, bool listen, CancellationToken ct = default)
    {
        (_set, _year, _month) = (set, year, month);
        if (listen) Listen(set, year);
        await RollUpAsync(ct);
    }

    /// <summary>
    /// One roll-up at a time, in the order asked: the page's own navigation, a change and the clock may ask at once, and
    /// a roll-up that read the database earlier must not land after a later one. The records are read on every change,
    /// not only on a reporting change: a burst coalesces to its newest change (PlanFeed), which need not be the submission.
    /// </summary>
    private async Task RollUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_set is not { } set || _disposed) return;
            var records = await reader.RecordsAsync(set, _year, _month ?? reader.MonthNow(set, _year), ct);
            View = reader.Rollup(set, records);
            RolledUpAt = clock.GetUtcNow();
            Joint = reader.Joint(set, _year, records.Month);
            if (_live is not null) WakeAtNextChange(records);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Listen(ProvinceSet set, int year)
    {
        var key = (set.Addressed.Id, year, string.Join(',', set.Ids));
        if (_disposed || _listening == key) return;
        if (_live is { } old) _stopped = Task.WhenAll(_stopped, old.StopAsync());
        _listening = key;
        LiveSubscription? live = null;
        live = _live = new LiveSubscription(feed, year, _ => OnChangeAsync(live), below: set.Ids.ToHashSet());
    }

    private Task OnChangeAsync(LiveSubscription? from) => invoke(async () =>
    {
        // A change read just before the page moved to another set or year, or went away, is not the page's any more.
        if (_disposed || from != _live) return;
        LibraryScope.Current = _scope;
        _culture.Apply();
        try
        {
            await RollUpAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A wall stays up through a database restart: it keeps what it shows and rolls up again at the next change.
            logger.LogWarning(e, "The province roll-up of library {Library} could not be read again; it keeps the last one", _set?.Addressed.Id);
            return;
        }
        if (!_disposed) render();
    });

    /// <summary>
    /// The next deadline of the month among the libraries (then those that have not submitted are late), or the next
    /// month's start (then the month being reported moves on), whichever comes first.
    /// </summary>
    private void WakeAtNextChange(ProvinceRecords records)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(now);
        var upcoming = records.Schedules.Values.Select(s => s.Deadline(records.Month))
            .Append(ChinaTime.StartOf(new DateOnly(today.Year, today.Month, 1).AddMonths(1))).Where(d => d > now).ToList();
        _deadline?.Dispose();
        _deadline = null;
        if (upcoming.Count == 0) return;
        // A timer's period is bounded (about 49 days); a wall open that long wakes and sets it again.
        var due = TimeSpan.FromTicks(Math.Min((upcoming.Min() - now).Ticks, TimeSpan.FromDays(40).Ticks)) + TimeSpan.FromSeconds(1);
        _deadline = clock.CreateTimer(_ => _ = OnChangeAsync(_live), null, due, Timeout.InfiniteTimeSpan);
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _deadline?.Dispose();
        if (_live is { } live) _stopped = Task.WhenAll(_stopped, live.StopAsync());
        await _stopped;
    }
}
