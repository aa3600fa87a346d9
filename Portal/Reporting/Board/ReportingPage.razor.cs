using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Reporting.Reminders;

namespace Portal.Reporting.Board;

/// <summary>
/// /reporting: for one month, every division the reader may see × every KPI it carries, with submit, review and
/// send back. Follows the feed, figures and submissions alike (ADR 030), so it changes as figures arrive.
/// </summary>
public partial class ReportingPage
{
    [Inject] public required ReportingBoard Boards { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? Auth { get; set; }

    private BoardView? _board;
    private bool _onlyMissing;
    private int _version;

    /// <summary>The month shown: the one chosen, else the month most recently ended (the one being reported now).</summary>
    private int Month => PickedMonth ?? DefaultMonth();

    protected override async Task OnParametersSetAsync() => await ReloadAsync();

    protected override Task OnFiguresChangedAsync(PlanChanged change) => ReloadAsync();

    /// <summary>The board of the month picked at once (the address follows, see LivePlanPage).</summary>
    private async Task PickMonthAsync(int month)
    {
        SelectMonth(month);
        await ReloadAsync();
    }

    private Task ReloadAsync() => ReadOneAtATimeAsync(async () =>
    {
        if (State is not { } state) return;
        var user = Auth is null ? new System.Security.Claims.ClaimsPrincipal() : (await Auth).User;
        _board = await Boards.BuildAsync(user, state.Plan, Month);
        _version++;
    });

    private int DefaultMonth() =>
        ReportingMonth.Now(State?.Plan.Year ?? 0, ChinaTime.Today(Clock.GetUtcNow()), Evaluation?.LatestMonth);

    private static string ReminderTextFor(DateTimeOffset deadline) => ReminderText.DeadlineText(deadline);

    private string Left(DateTimeOffset deadline)
    {
        var left = deadline - Clock.GetUtcNow();
        return left.TotalDays >= 1 ? ReportingMessages.Text.Format("Board.DaysLeft", (int)left.TotalDays) : ReportingMessages.Text.Format("Board.HoursLeft", Math.Max(1, (int)Math.Ceiling(left.TotalHours)));
    }
}
