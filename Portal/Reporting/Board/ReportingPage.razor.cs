using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Reporting.Reminders;

namespace Portal.Reporting.Board;

/// <summary>
/// /reporting: for one month, every division the reader may see × every KPI it carries, with submit, review and
/// send back. Follows the figure feed and the submission events, so it changes as figures arrive.
/// </summary>
public partial class ReportingPage : IAsyncDisposable
{
    [Inject] public required IServiceScopeFactory Scopes { get; init; }
    [Inject] public required ReportingEvents Events { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? Auth { get; set; }

    private BoardView? _board;
    private bool _onlyMissing;

    /// <summary>The month shown: the one chosen, else the month most recently ended (the one being reported now).</summary>
    private int Month => PickedMonth ?? DefaultMonth();

    protected override void OnInitialized()
    {
        base.OnInitialized();
        Events.Changed += OnReportingChanged;
    }

    protected override async Task OnParametersSetAsync() => await ReloadAsync();

    protected override void OnEvaluated()
    {
        if (_board is not null && _board.Month != Month) _ = InvokeAsync(RefreshAsync);
    }

    protected override Task OnFiguresChangedAsync(PlanChanged change) => ReloadAsync();

    private void OnReportingChanged(int year)
    {
        if (year == State?.Plan.Year) _ = InvokeAsync(RefreshAsync);
    }

    private async Task RefreshAsync()
    {
        await ReloadAsync();
        StateHasChanged();
    }

    private Task ReloadAsync() => ReadOneAtATimeAsync(async () =>
    {
        if (State is not { } state) return;
        var user = Auth is null ? new System.Security.Claims.ClaimsPrincipal() : (await Auth).User;
        await using var scope = Scopes.CreateAsyncScope();
        _board = await scope.ServiceProvider.GetRequiredService<ReportingBoard>().BuildAsync(user, state.Plan, Month);
    });

    private int DefaultMonth() =>
        ReportingMonth.Now(State?.Plan.Year ?? 0, ChinaTime.Today(Clock.GetUtcNow()), Evaluation?.LatestMonth);

    private static string ReminderTextFor(DateTimeOffset deadline) => ReminderText.DeadlineText(deadline);

    private string Left(DateTimeOffset deadline)
    {
        var left = deadline - Clock.GetUtcNow();
        return left.TotalDays >= 1 ? ReportingMessages.Text.Format("Board.DaysLeft", (int)left.TotalDays) : ReportingMessages.Text.Format("Board.HoursLeft", Math.Max(1, (int)Math.Ceiling(left.TotalHours)));
    }

    // Re-implements IAsyncDisposable so that the renderer calls this, which then disposes the live page.
    public new async ValueTask DisposeAsync()
    {
        Events.Changed -= OnReportingChanged;
        await base.DisposeAsync();
    }
}
