using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Portal.Accounts;
using Portal.Data.Entities;
using Portal.Domain.Reporting;
using Portal.Figures;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting;
using Portal.Reporting.Closures;

namespace Portal.Entry;

/// <summary>
/// The entry page's state: which division and month, the sheet, saving and the live feed. Each database call of the
/// services it uses makes a context of its own (ADR 031): a circuit lives for hours, and a long-lived DbContext would
/// both serve stale tracked figures to the version check and refuse overlapping calls (a live refresh during a save).
/// </summary>
public partial class EntryForm : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private EntryChoice? _choice;
    private PlanState? _state;
    private EntrySheet? _sheet;
    private LivePlan? _live;
    private bool _saving, _disposed;
    private int _selectKey;
    private (Severity Severity, string Text)? _status;
    private System.Security.Claims.ClaimsPrincipal? _user;
    private MonthClose? _closure;
    private string? _overrideReason;

    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required PlanFeed Feed { get; init; }
    [Inject] public required FigureQueries Figures { get; init; }
    [Inject] public required FigureService Saves { get; init; }
    [Inject] public required ClosureService Periods { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required NavigationManager Nav { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ILogger<EntryForm> Log { get; init; }

    [Parameter] public int? Year { get; set; }
    [Parameter] public string? Division { get; set; }
    [Parameter] public int? Month { get; set; }

    /// <summary>The signed-in user: their name is recorded with each save, their first division is the default.</summary>
    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    private bool HasChanges => _sheet?.HasChanges == true;

    /// <summary>
    /// A user who may not enter this division's figures (a Director, a Viewer, staff of another division) sees them
    /// without inputs, save or import, and is told who may enter them. The write guard refuses such saves anyway.
    /// </summary>
    private bool MayWrite => !(_user is { } user && _choice is { } choice && !user.CanWriteDivision(choice.Division));

    /// <summary>The month the division was retired from, when that is by the month shown: it owes nothing any more.</summary>
    private int? DivisionRetiredFrom => _sheet is { } s && s.Division.IsRetiredAt(s.Month) ? s.Division.RetiredFrom : null;

    /// <summary>
    /// No inputs and no save: the user may not write here, the division is retired, or the month is closed
    /// (submitted) and no admin has unlocked it with a reason. The page says which, and what to do; edits made
    /// before a closure stay in the rows.
    /// </summary>
    private bool ReadOnly => !MayWrite || DivisionRetiredFrom is not null || (_closure is not null && _overrideReason is null);

    private string ReadOnlyReason()
    {
        var division = _state!.Plan.Division(_choice!.Division).Name;
        var user = _user!;
        if (user.IsInRole(PortalRoles.Staff) || user.IsInRole(PortalRoles.TeamLead))
        {
            var own = user.Divisions().Where(_state.Plan.HasDivision).Select(d => _state.Plan.Division(d).Name).ToList();
            return own.Count > 0 ? L["ReadOnly.OtherDivision", string.Join("、", own), division] : L["ReadOnly.NoDivision", division];
        }
        var role = PortalRoles.Assignable.FirstOrDefault(user.IsInRole);
        return L["ReadOnly.Role", role is null ? L["ReadOnly.ThisAccount"] : PortalRoles.DisplayName(role), division];
    }

    // The year comes from the address with the division and month (EntryChoice); the page listens to the chosen one.
    // Its handlers render by themselves once they release the page's gate.
    protected override void OnInitialized() => _live = new LivePlan(Store, Feed, InvokeAsync, OnPlanChangedAsync, () => { });

    protected override async Task OnParametersSetAsync()
    {
        var user = _user = Authentication is null ? null : (await Authentication).User;
        var own = user?.FindFirst(PortalClaims.Division)?.Value;
        var choice = EntryChoice.Resolve(Store.Plans, Year, Division, Month, own, ChinaTime.Now(Clock));
        if (choice == _choice && _sheet is not null) return;
        _choice = choice;
        _state = choice is null ? null : Store.Find(choice.Year);
        _sheet = null;
        _closure = null;
        _overrideReason = null;
        _status = null;
        if (choice is null || _state is null) return;
        // Prerendering is a one-off HTML response: only the interactive page listens.
        if (RendererInfo.IsInteractive) _live!.Listen(choice.Year);
        await LoadAsync(_state, choice);
    }

    private async Task LoadAsync(PlanState state, EntryChoice choice)
    {
        await _gate.WaitAsync();
        try
        {
            var stored = await Figures.FiguresAsync(choice.Year, division: choice.Division, month: choice.Month);
            var closure = await Periods.ClosureAsync(choice.Year, choice.Division, choice.Month);
            if (choice != _choice) return;
            _sheet = EntrySheet.Build(state, choice.Division, choice.Month, stored);
            _closure = closure;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Any change of the year refreshes the rows and the month's lock. The page hears the newest change only (ADR 030):
    /// a submission may reach it as the reporting state's reload that followed, or as a figure saved a moment later.
    /// </summary>
    private async Task OnPlanChangedAsync(PlanChanged change)
    {
        if (change.Year != _choice?.Year) return;
        await RefreshAsync(change);
        await ReloadClosureAsync();
    }

    private async Task RefreshAsync(PlanChanged change)
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed || _sheet is not { } sheet || sheet.Plan.Year != change.Year) return;
            var stored = await Figures.FiguresAsync(change.Year, division: sheet.Division.Code, month: sheet.Month);
            if (change.Revision is not null && sheet.Plan.HasDivision(sheet.Division.Code)) Revised(sheet.Rebuild(stored));
            else
            {
                sheet.RefreshLive();
                sheet.Merge(stored);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A missed refresh costs nothing lasting: the next change refreshes again, and a save still checks versions.
            Log.LogWarning(e, "Live refresh of the entry page failed");
        }
        finally
        {
            _gate.Release();
        }
        if (!_disposed) StateHasChanged();
    }

    /// <summary>An edit makes the last save's message stale; the rows carry their own messages.</summary>
    private void RowsChanged() => _status = null;

    private void PasteRefused(PasteOutcome outcome) => _status = outcome.OnRetired is { } r
        ? (Severity.Error, L["Status.PasteOnRetired", r.Line, r.Value, r.Kpi])
        : (Severity.Warning, L["Status.PasteIgnored", outcome.Left]);

    private void Revert()
    {
        _sheet?.Revert();
        _status = null;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_live is not null) await _live.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
