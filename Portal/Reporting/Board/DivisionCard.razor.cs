using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using Portal.Domain.Reporting;
using Portal.Shared;
using Portal.Reporting.Closures;

namespace Portal.Reporting.Board;

/// <summary>One division's month on the board: its KPIs, its state, the steps taken, and the actions the reader may take.</summary>
public partial class DivisionCard
{
    private enum Ask { None, Submit, Return }

    [Parameter, EditorRequired] public required DivisionBoard Board { get; set; }
    [Parameter, EditorRequired] public int Year { get; set; }
    [Parameter, EditorRequired] public int Month { get; set; }
    [Parameter] public bool OnlyMissing { get; set; }
    /// <summary>Why the month may not be withdrawn or sent back inside the library: a library above holds it (ADR 042).</summary>
    [Parameter] public string? HeldAbove { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }
    [CascadingParameter] public Task<AuthenticationState>? Auth { get; set; }
    [Inject] public required IJSRuntime JS { get; init; }

    private Ask _asking;
    private string? _text;
    private string? _message;
    private bool _ok;
    private StatusMessage? _messageBox;
    private Func<Task>? _afterRender;

    private string Card => $"[data-division='{Board.Division.Code}']";

    private bool CanWithdraw => Board.MaySubmit && Board.State == SubmissionState.Submitted;

    private bool CanReturn => Board.MayReview && Board.State is SubmissionState.Submitted or SubmissionState.Reviewed;

    private string? HeldId => HeldAbove is null ? null : $"held-{Board.Division.Code}";

    private Color StateColor => Board.State switch
    {
        SubmissionState.Reviewed => Color.Success,
        SubmissionState.Submitted => Color.Primary,
        SubmissionState.Returned => Color.Error,
        _ => Color.Default,
    };

    private static Color StatusColor(ReportStatus s) => s switch
    {
        ReportStatus.Reported => Color.Success,
        ReportStatus.Overdue => Color.Error,
        _ => Color.Warning,
    };

    private void Cancel() => (_asking, _text) = (Ask.None, null);

    // Focus follows the form (ADR 035): into it when it opens, back to the button that opened it when it is
    // cancelled, and to the message once a step is done and the buttons that asked for it are gone.
    private void Open(Ask ask)
    {
        _asking = ask;
        _afterRender = () => JS.FocusFirstAsync($"{Card} [data-confirm='{(ask == Ask.Submit ? "submit" : "return")}']");
    }

    private void CancelFromButton()
    {
        var opener = _asking == Ask.Submit ? "submit" : "return";
        Cancel();
        _afterRender = () => JS.FocusAsync($"{Card} [data-action='{opener}']");
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_afterRender is not { } move) return;
        _afterRender = null;
        await move();
    }

    private Task SubmitAsync() => RunAsync((s, u) => s.SubmitAsync(u, Year, Board.Division.Code, Month, _text));

    private Task WithdrawAsync() => RunAsync((s, u) => s.WithdrawAsync(u, Year, Board.Division.Code, Month));

    private Task ReviewAsync() => RunAsync((s, u) => s.ReviewAsync(u, Year, Board.Division.Code, Month));

    private Task ReturnAsync() => RunAsync((s, u) => s.ReturnAsync(u, Year, Board.Division.Code, Month, _text));

    /// <summary>On success the form closes and the board reloads.</summary>
    private async Task RunAsync(Func<SubmissionService, ClaimsPrincipal, Task<PeriodOutcome>> step)
    {
        var user = Auth is null ? new ClaimsPrincipal() : (await Auth).User;
        var outcome = await step(Submissions, user);
        _ok = outcome.Ok;
        var done = outcome.Status == PeriodStatus.AlreadyClosed ? PeriodStatus.Closed : outcome.Status;
        _message = outcome.Ok ? L[$"Done.{done}", Board.Division.Name, Month] : outcome.Message;
        if (!outcome.Ok) return;
        _afterRender = () => _messageBox?.FocusAsync().AsTask() ?? Task.CompletedTask;
        Cancel();
        await OnChanged.InvokeAsync();
    }
}
