using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using Portal.Domain.Plans;
using Portal.Domain.Progress;
using Portal.Live;
using Portal.Plans;
using Portal.Resources;
using Portal.Shared;

namespace Portal.PlanItems;

/// <summary>
/// The whole work plan: every section (五 with its sub-sections) and every task with its full text, status,
/// percentage, note, owner and KPIs. Tasks are edited in place; the page follows the live feed.
/// </summary>
public sealed partial class PlanPage : IAsyncDisposable
{
    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required PlanFeed Feed { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<PlanPage> L { get; init; }
    [Inject] public required ItemEditPolicy Policy { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>The plan year; the latest loaded plan when absent.</summary>
    [SupplyParameterFromQuery] public int? Year { get; set; }

    private PlanState? _state;
    private LivePlan? _live;
    private string? _editing;
    private ItemStatus? _status;
    private string? _owner;
    private ClaimsPrincipal? _user;

    protected override void OnInitialized() => _live = new LivePlan(Store, Feed, InvokeAsync, _ => Task.CompletedTask, StateHasChanged);

    protected override async Task OnParametersSetAsync()
    {
        _user = Authentication is null ? null : (await Authentication).User;
        if (!_live!.Follow(Year)) return;
        (_state, _editing, _owner) = (_live.State, null, null);
    }

    private int Count(ItemStatus status) => _state!.Items.Values.Count(i => i.Progress.Status == status);

    private bool Visible(PlanItem item)
    {
        var tracked = _state!.Items[item.Code];
        return (_status is null || tracked.Progress.Status == _status) && (_owner is null || tracked.Owner == _owner);
    }

    /// <summary>A top-level section followed by its sub-sections, in plan order.</summary>
    private IEnumerable<Section> Parts(Section section) =>
        _state!.Plan.Sections.Where(s => s.Code == section.Code || s.ParentCode == section.Code);

    private string? _refocus;

    private void Closed(TrackedItem? saved)
    {
        (_refocus, _editing) = (_editing, null);
        if (saved is not null) Snackbar.Add(L["Saved", saved.ItemCode], Severity.Success);
    }

    // The closed editor took focus with it: back to the item's 编辑 button, which is there again (ADR 035).
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_refocus is not { } code) return;
        _refocus = null;
        await JS.FocusAsync($"[data-item='{code}'] [data-edit]");
    }

    public async ValueTask DisposeAsync()
    {
        if (_live is not null) await _live.DisposeAsync();
    }
}
