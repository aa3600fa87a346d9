using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Reporting.Closures;
using Portal.Shared;

namespace Portal.Reporting.Chain;

/// <summary>
/// The review chain on a library's reporting board (ADR 042): where the library's own month stands above it, and
/// 下级馆报送, the months of the libraries below with review and send back for those that wait for this library.
/// </summary>
public partial class ChainPanel
{
    [Parameter, EditorRequired] public int Year { get; set; }
    [Parameter, EditorRequired] public int Month { get; set; }

    /// <summary>Changes whenever the board reloads (a figure, a submission, a step of the chain), so the panel reads again.</summary>
    [Parameter] public int Version { get; set; }

    [CascadingParameter] public Task<AuthenticationState>? Auth { get; set; }
    [Inject] public required ChainReader Reader { get; init; }
    [Inject] public required ReviewChainService Chain { get; init; }
    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }

    private int _library;
    private bool _mayAct;
    private ChainMonth? _own;
    private IReadOnlyList<ChainMonth> _below = [];
    private int? _returning;
    private string? _comment;
    private string? _message;
    private bool _ok;
    private StatusMessage? _messageBox;
    private Func<Task>? _afterRender;

    protected override async Task OnParametersSetAsync() => await ReadAsync();

    private async Task ReadAsync()
    {
        _library = Store.Library;
        _mayAct = ReviewChainService.MayAct(await UserAsync(), _library);
        // A library without a plan for the year has no month to show.
        _own = await Reader.ReadAsync(_library, Year, Month) is { Divisions: > 0 } own ? own : null;
        var below = await Reader.BelowAsync(_library);
        _below = below.Count == 0 ? [] : (await Reader.ReadAsync(below, Year, Month)).Where(m => m.Divisions > 0).ToList();
    }

    private async Task<ClaimsPrincipal> UserAsync() => Auth is null ? new ClaimsPrincipal() : (await Auth).User;

    private bool MayReturn(ChainMonth row) =>
        (row.State.Stage == ChainStage.Awaiting && row.State.Awaiting == _library)
        || (row.State.Stage == ChainStage.Reviewed && row.State.Last?.Reviewer == _library);

    private string StageText(ChainMonth chain) => chain.State.Stage switch
    {
        ChainStage.InLibrary => L["Stage.InLibrary", chain.Reviewed, chain.Divisions, ChainText.Level(chain.Reviewers[0])],
        ChainStage.Awaiting when chain.State.ReviewedLevels > 0 => L["Stage.AwaitingNext", ChainText.Level(chain.LastReviewer!), ChainText.Level(chain.Awaiting!)],
        ChainStage.Awaiting => L["Stage.Awaiting", ChainText.Level(chain.Awaiting!)],
        ChainStage.Reviewed => L["Stage.Reviewed", ChainText.Level(chain.LastReviewer!)],
        ChainStage.Returned => L["Stage.Returned", chain.LastReviewer is { } by ? ChainText.Level(by) : "", chain.State.Last?.Comment ?? ""],
        _ => "",
    };

    private static Severity OwnSeverity(ChainStage stage) => stage switch
    {
        ChainStage.Reviewed => Severity.Success,
        ChainStage.Returned => Severity.Error,
        _ => Severity.Info,
    };

    private void Open(ChainMonth row)
    {
        (_returning, _comment) = (row.Library.Id, null);
        _afterRender = () => JS.FocusFirstAsync("[data-confirm='chain-return']");
    }

    private void Cancel()
    {
        var code = _below.FirstOrDefault(r => r.Library.Id == _returning)?.Library.Code;
        (_returning, _comment) = (null, null);
        _afterRender = () => JS.FocusAsync($"[data-library='{code}'] [data-action='chain-return']");
    }

    private Task ReviewAsync(ChainMonth row) => RunAsync(row, async user => await Chain.ReviewAsync(user, row.Library.Id, Year, Month));

    private Task ReturnAsync(ChainMonth row) => RunAsync(row, async user => await Chain.ReturnAsync(user, row.Library.Id, Year, Month, _comment));

    private async Task RunAsync(ChainMonth row, Func<ClaimsPrincipal, Task<PeriodOutcome>> step)
    {
        var outcome = await step(await UserAsync());
        _ok = outcome.Ok;
        _message = outcome.Ok ? L[$"Done.{outcome.Status}", row.Library.Name, Month] : outcome.Message;
        _afterRender = () => _messageBox?.FocusAsync().AsTask() ?? Task.CompletedTask;
        if (!outcome.Ok) return;
        (_returning, _comment) = (null, null);
        await ReadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_afterRender is not { } move) return;
        _afterRender = null;
        await move();
    }
}
