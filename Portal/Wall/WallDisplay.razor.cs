using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Plans;
using Portal.Province;

namespace Portal.Wall;

/// <summary>
/// The director's wall: rotates through its pages on a timer and follows the live feed and the year of its address
/// (<see cref="LivePlan"/>, ADR 030). It keeps a reference to the shared evaluation (never a copy of the plan), the
/// change counts for highlights, and its rotation. A province or city library's wall also rolls up the libraries
/// below (<see cref="ProvinceLive"/>, ADR 044) and starts its rotation with the two pages that show it.
/// </summary>
public sealed partial class WallDisplay : IAsyncDisposable
{
    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required PlanFeed Feed { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IOptions<WallOptions> Options { get; init; }
    [Inject] public required IPeopleNames People { get; init; }
    [Inject] public required IProvinceRollUps RollUps { get; init; }

    /// <summary>Pins one page: overview, sections, divisions, latest, province or libraries. Anything else rotates.</summary>
    [SupplyParameterFromQuery(Name = "page")] public string? Page { get; set; }

    /// <summary>The read-only kiosk token (ADR 012): the authentication handler checks it; the page keeps it in its address.</summary>
    [SupplyParameterFromQuery(Name = "token")] public string? Token { get; set; }

    /// <summary>The plan year shown; without it the default year (the latest that has started).</summary>
    [SupplyParameterFromQuery(Name = "year")] public int? Year { get; set; }

    /// <summary>
    /// The month the roll-up pages show (1–12); without it the month being reported now. The library's own pages show
    /// its complete month, as always.
    /// </summary>
    [SupplyParameterFromQuery(Name = "month")] public int? Month { get; set; }

    /// <summary>A kiosk setting: the wall starts paused (rotation held, ticker still) until someone resumes it.</summary>
    [SupplyParameterFromQuery(Name = "paused")] public bool? PausedQuery { get; set; }

    private ChangeMarks _marks = new();
    private (int Kpis, string? At) _lastUpdate;
    private PlanState? _state;
    private PlanEvaluation? _evaluation;
    private WallRotation _rotation = new([], null);
    private string? _pinnedBy;
    private bool _rotationSet;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private LivePlan? _live;
    private ProvinceSet? _set;
    private ProvinceLive? _province;
    private (int Year, int? Month)? _provinceFollows;
    private ITimer? _timer;
    private DateTimeOffset _updatedAt;
    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();

    private WallOptions Settings => Options.Value;

    protected override async Task OnInitializedAsync()
    {
        _zone = Settings.Zone();
        _live = new LivePlan(Store, Feed, InvokeAsync, OnPlanChangedAsync, StateHasChanged);
        _set = await RollUps.SetAsync();
        if (_set is not null) _province = RollUps.Follower(InvokeAsync, StateHasChanged);
    }

    /// <summary>The year comes from the address on every navigation (?year=2013 to ?year=2014 shows 2014), and so does the roll-up's month.</summary>
    protected override async Task OnParametersSetAsync()
    {
        // Subscribe before reading, so that a change committed in between is not missed. Prerendering does not listen.
        var changed = _live!.Follow(Year, listen: RendererInfo.IsInteractive);
        var month = Month is >= 1 and <= 12 ? Month : null;
        if (_province is not null && _live.State is { } shown && _provinceFollows != (shown.Plan.Year, month))
        {
            _provinceFollows = (shown.Plan.Year, month);
            await _province.FollowAsync(_set!, shown.Plan.Year, month, listen: RendererInfo.IsInteractive);
        }
        if (!changed && _evaluation is not null) return;
        (_state, _evaluation, _marks) = (_live.State, null, new ChangeMarks());
        if (_state is null) return;
        _evaluation = _state.Current;
        _updatedAt = _state.Recent.FirstOrDefault()?.At ?? Clock.GetUtcNow();
        _names = await People.OfAsync(_state.Recent.Select(c => c.By));
    }

    protected override void OnParametersSet()
    {
        if (_rotationSet && Page == _pinnedBy) return;
        _rotationSet = true;
        _pinnedBy = Page;
        _rotation = new WallRotation(Settings.Pages(rollsUp: _set is not null), WallPages.TryParse(Page, out var pinned) ? pinned : null);
        _rotation.Pause(PausedQuery ?? Settings.StartPaused);
        _timer?.Dispose();
        _timer = null;
        if (!RendererInfo.IsInteractive || !_rotation.Rotates) return;
        var period = TimeSpan.FromSeconds(Settings.RotateSeconds);
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(Rotate), null, period, period);
    }

    /// <summary>A resumed page gets a whole period again, as its progress line shows, not what was left of one.</summary>
    private void TogglePause()
    {
        _rotation.Pause(!_rotation.Paused);
        var period = TimeSpan.FromSeconds(Settings.RotateSeconds);
        if (!_rotation.Paused) _timer?.Change(period, period);
    }

    private void Rotate()
    {
        _rotation.Advance();
        StateHasChanged();
    }

    private async Task OnPlanChangedAsync(PlanChanged change)
    {
        if (_state is null || _evaluation is null || change.Year != _state.Plan.Year) return;
        var next = _state.Current;
        _marks.Compare(_evaluation, next);
        if (change.Changes.Count > 0)
            _lastUpdate = (change.Changes.Select(c => c.Kpi).Distinct().Count(), LocalTime(change.Changes.Max(c => c.At), "HH:mm:ss"));
        _evaluation = next;
        _updatedAt = _state.Recent.FirstOrDefault()?.At ?? Clock.GetUtcNow();
        _names = await People.OfAsync(_state.Recent.Select(c => c.By));
    }

    private string LocalTime(DateTimeOffset at, string format) => TimeZoneInfo.ConvertTime(at, _zone).ToString(format);

    /// <summary>A page's name; the roll-up's says whose: the province's, or a city's.</summary>
    private string PageName(WallPage page) =>
        L[WallPages.RollsUp(page) && _set?.Addressed.Level == Data.Entities.LibraryLevel.City ? $"Page.{page}.City" : $"Page.{page}"];

    public async ValueTask DisposeAsync()
    {
        _timer?.Dispose();
        if (_live is not null) await _live.DisposeAsync();
        if (_province is not null) await _province.DisposeAsync();
    }
}
