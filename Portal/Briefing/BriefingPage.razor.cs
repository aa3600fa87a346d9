using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Portal.Domain;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Progress;
using Portal.Live;
using Portal.Plans;
using Portal.Resources;

namespace Portal.Briefing;

/// <summary>
/// The printable monthly briefing: headline KPIs, changes since last month, what is at risk and why, and who has
/// not reported. Month defaults to the complete month (every division owing figures has reported it, ADR 026); the page follows the live feed.
/// </summary>
public sealed partial class BriefingPage : IAsyncDisposable
{
    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required PlanFeed Feed { get; init; }
    [Inject] public required BriefingBuilder Builder { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<BriefingPage> L { get; init; }

    [SupplyParameterFromQuery] public int? Year { get; set; }
    [SupplyParameterFromQuery] public int? Month { get; set; }

    private PlanState? _state;
    private LivePlan? _live;
    private MonthlyBriefing? _report;
    private int? _month;
    private string? _error;
    private DateTimeOffset _generatedAt;

    private string CsvUrl => $"report/kpis.csv?year={_state?.Plan.Year}&month={_month}";

    // The month stays the page's own: a month out of range is explained (BuildAsync), not dropped as LivePlan would.
    protected override void OnInitialized() => _live = new LivePlan(Store, Feed, InvokeAsync, OnPlanChangedAsync, StateHasChanged);

    protected override async Task OnParametersSetAsync()
    {
        _live!.Follow(Year);
        _state = _live.State;
        await BuildAsync();
    }

    private Task OnPlanChangedAsync(PlanChanged change) => change.Year == _state?.Plan.Year ? BuildAsync() : Task.CompletedTask;

    private async Task BuildAsync()
    {
        (_report, _error) = (null, null);
        if (_state is null) return;
        // Without a month, the complete month (ADR 026): one early division's figure does not move the briefing on.
        _month = Month ?? (_state.Current is { LatestMonth: not null } current ? current.AsOf : null);
        if (_month is not { } month) return;
        try
        {
            Months.Require(month);
        }
        catch (DomainException e)
        {
            _error = e.Message;
            return;
        }
        _report = await Builder.BuildAsync(_state, month);
        _generatedAt = Clock.GetUtcNow();
    }

    /// <summary>The KPIs still judged, by status; the retired ones are counted apart.</summary>
    private int Count(KpiStatus status) => _report!.Kpis.Count(k => !k.Now.Retired && k.Now.Status == status);

    private int Retired => _report!.Kpis.Count(k => k.Now.Retired);

    private int Count(ItemStatus status) => _state!.Items.Values.Count(i => i.Progress.Status == status);

    private void MonthChanged(int? month) =>
        Navigation.NavigateTo(Year is { } y ? $"report?year={y}&month={month}" : $"report?month={month}");

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");

    public async ValueTask DisposeAsync()
    {
        if (_live is not null) await _live.DisposeAsync();
    }
}
