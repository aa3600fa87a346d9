using Microsoft.AspNetCore.Components;
using Portal.Domain.Engine;
using Portal.Shared;

namespace Portal.Live;

/// <summary>
/// A page that shows one plan year as of one month and follows the live feed. The year and month come from the
/// query (?year=2013&amp;month=8) so that links keep them; without a month the page follows the latest reported one.
/// A base class over <see cref="LivePlan"/> for the pages that have no other (ADR 030).
/// </summary>
public abstract class LivePlanPage : ComponentBase, IAsyncDisposable
{
    private LivePlan? _live;
    private readonly SemaphoreSlim _reading = new(1, 1);

    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required PlanFeed Feed { get; init; }
    [Inject] public required NavigationManager Nav { get; init; }

    /// <summary>The request while the page is prerendered; null once it runs interactively.</summary>
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = "year")] public int? YearQuery { get; set; }
    [SupplyParameterFromQuery(Name = "month")] public int? MonthQuery { get; set; }

    /// <summary>The plan year shown, or null when no plan is loaded at all.</summary>
    protected PlanState? State => _live?.State;

    protected PlanEvaluation? Evaluation { get; private set; }

    /// <summary>The month the reader chose, or null for the latest reported month.</summary>
    protected int? PickedMonth { get; private set; }

    /// <summary>What the page's live region says about the last burst of figures (see <see cref="LiveAnnouncer"/>).</summary>
    protected (int Kpis, string? At) LastUpdate { get; private set; }

    /// <summary>True when the shown month has no figure at all: pages say so instead of showing zeros as facts.</summary>
    protected bool MonthHasNoData => Evaluation is { } e && (e.LatestMonth is null || e.AsOf > e.LatestMonth);

    protected override void OnInitialized() => _live = new LivePlan(Store, Feed, InvokeAsync, OnPlanChangedAsync, StateHasChanged);

    /// <summary>The year comes from the address: the layout's year switcher changes ?year= (see YearSwitcher).</summary>
    protected override void OnParametersSet()
    {
        var had = State;
        if (_live!.Follow(YearQuery, MonthQuery) && had is not null) OnYearChanged();
        PickedMonth = _live.Month;
        Evaluate();
    }

    /// <summary>
    /// For a page whose subject (a KPI, a division) does not exist: the prerendered answer is a 404, which the portal
    /// answers with its not-found page (页面不存在，请从左侧菜单选择); once interactive, the page says what was not found.
    /// </summary>
    protected void AnswerNotFound()
    {
        if (HttpContext is { Response.HasStarted: false } http) http.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>Recomputes what the page shows from <see cref="Evaluation"/>; called after every evaluation.</summary>
    protected virtual void OnEvaluated()
    {
    }

    /// <summary>Reloads what the page reads from the database after committed changes of its plan year.</summary>
    protected virtual Task OnFiguresChangedAsync(PlanChanged change) => Task.CompletedTask;

    protected void SelectMonth(int? month)
    {
        PickedMonth = month;
        Evaluate();
        KeepInAddress();
    }

    /// <summary>Called when the address moves the page to another plan year, before it is evaluated.</summary>
    protected virtual void OnYearChanged()
    {
    }

    /// <summary>A link to another page of the same year and month.</summary>
    protected string LinkTo(string path)
    {
        var query = new List<string>();
        if (State is { } s && s != Store.Default) query.Add($"year={s.Plan.Year}");
        if (PickedMonth is { } m) query.Add($"month={m}");
        var under = Addresses.AppPaths.Under(Nav, path);
        return query.Count == 0 ? under : $"{under}?{string.Join('&', query)}";
    }

    private void Evaluate()
    {
        Evaluation = State?.Evaluate(PickedMonth);
        OnEvaluated();
    }

    private void KeepInAddress() => Nav.NavigateTo(Nav.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["year"] = State is { } s && s != Store.Default ? s.Plan.Year : null,
        ["month"] = PickedMonth,
    }), replace: true);

    // A plan published for another year only changes the years offered (LivePlan re-renders); one of this year changes what is shown.
    private async Task OnPlanChangedAsync(PlanChanged change)
    {
        if (change.Year != State?.Plan.Year) return;
        Evaluate();
        if (change.Changes.Count > 0)
            LastUpdate = (change.Changes.Select(c => c.Kpi).Distinct().Count(), Times.ToSecond(change.Changes.Max(c => c.At)));
        await OnFiguresChangedAsync(change);
    }

    public async ValueTask DisposeAsync()
    {
        if (_live is not null) await _live.DisposeAsync();
        _reading.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Runs a database read of the page one at a time: a live change can ask for a reload while the first load is
    /// still running, and the circuit's DbContext is not safe for concurrent use.
    /// </summary>
    protected async Task ReadOneAtATimeAsync(Func<Task> read)
    {
        await _reading.WaitAsync();
        try
        {
            await read();
        }
        finally
        {
            _reading.Release();
        }
    }
}
