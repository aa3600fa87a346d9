using Microsoft.AspNetCore.Components;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Plans;

namespace Portal.Shared;

/// <summary>
/// A page that shows one plan year as of one month and follows the live feed. The year and month come from the
/// query (?year=2013&amp;month=8) so that links keep them; without a month the page follows the latest reported one.
/// </summary>
public abstract class LivePlanPage : ComponentBase, IAsyncDisposable
{
    private LiveSubscription? _live;
    private readonly SemaphoreSlim _reading = new(1, 1);

    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required PlanFeed Feed { get; init; }
    [Inject] public required NavigationManager Nav { get; init; }

    /// <summary>The request while the page is prerendered; null once it runs interactively.</summary>
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = "year")] public int? YearQuery { get; set; }
    [SupplyParameterFromQuery(Name = "month")] public int? MonthQuery { get; set; }

    /// <summary>The plan year shown, or null when no plan is loaded at all.</summary>
    protected PlanState? State { get; private set; }

    protected PlanEvaluation? Evaluation { get; private set; }

    /// <summary>The month the reader chose, or null for the latest reported month.</summary>
    protected int? PickedMonth { get; private set; }

    protected IReadOnlyList<int> Years => Store.Plans.Select(p => p.Plan.Year).ToList();

    /// <summary>True when the shown month has no figure at all: pages say so instead of showing zeros as facts.</summary>
    protected bool MonthHasNoData => Evaluation is { } e && (e.LatestMonth is null || e.AsOf > e.LatestMonth);

    protected override void OnInitialized() => _live = new LiveSubscription(Feed, null, OnPlanChangedAsync);

    protected override void OnParametersSet()
    {
        State = (YearQuery is { } y ? Store.Find(y) : null) ?? Store.Plans.FirstOrDefault();
        PickedMonth = MonthQuery is >= 1 and <= 12 ? MonthQuery : null;
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

    protected async Task SelectYearAsync(int year)
    {
        State = Store.Find(year) ?? State;
        PickedMonth = null;
        Evaluate();
        await OnYearChangedAsync();
        KeepInAddress();
    }

    protected void SelectMonth(int? month)
    {
        PickedMonth = month;
        Evaluate();
        KeepInAddress();
    }

    protected virtual Task OnYearChangedAsync() => Task.CompletedTask;

    /// <summary>A link to another page of the same year and month.</summary>
    protected string LinkTo(string path)
    {
        var query = new List<string>();
        if (State is { } s && s != Store.Plans.FirstOrDefault()) query.Add($"year={s.Plan.Year}");
        if (PickedMonth is { } m) query.Add($"month={m}");
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private void Evaluate()
    {
        Evaluation = State?.Evaluate(PickedMonth);
        OnEvaluated();
    }

    private void KeepInAddress() => Nav.NavigateTo(Nav.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["year"] = State is { } s && s != Store.Plans.FirstOrDefault() ? s.Plan.Year : null,
        ["month"] = PickedMonth,
    }), replace: true);

    private Task OnPlanChangedAsync(PlanChanged change) =>
        change.Year != State?.Plan.Year ? Task.CompletedTask : InvokeAsync(async () =>
        {
            Evaluate();
            await OnFiguresChangedAsync(change);
            StateHasChanged();
        });

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
