using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Portal.Domain.Plans;
using Portal.Domain.Progress;
using Portal.Live;
using Portal.Plans;
using Portal.Shared;

namespace Portal.PlanItems;

/// <summary>
/// Edits one task's progress. The draft is the writer's own: live updates of the item do not overwrite it, and a
/// conflicting save shows who changed what and when, keeps the draft, and lets the writer save again deliberately.
/// </summary>
public sealed partial class ItemEditor
{
    [Inject] public required ItemService Items { get; init; }
    [Inject] public required IStringLocalizer<PlanPage> L { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }

    // The 编辑 button that opened the editor is gone now: focus goes to the editor's first control (ADR 035).
    protected override Task OnAfterRenderAsync(bool firstRender) =>
        firstRender ? JS.FocusFirstAsync($"[data-editor='{Item.Code}']") : Task.CompletedTask;

    [Parameter, EditorRequired] public required PlanItem Item { get; set; }
    [Parameter, EditorRequired] public required TrackedItem Tracked { get; set; }
    [Parameter, EditorRequired] public required PlanState State { get; set; }

    /// <summary>Raised with the saved item, or null when the writer cancels.</summary>
    [Parameter] public EventCallback<TrackedItem?> OnClosed { get; set; }

    /// <summary>The signed-in user, passed to the service, which checks them as they are now.</summary>
    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    private readonly Dictionary<string, string> _errors = [];
    private ItemStatus _status;
    private int _percent;
    private string? _note;
    private int _version;
    private TrackedItem? _conflict;
    private bool _saving;

    private bool PercentFixed => _status is ItemStatus.Done or ItemStatus.NotStarted;

    protected override void OnInitialized()
    {
        (_status, _percent, _note) = (Tracked.Progress.Status, Tracked.Progress.Percent, Tracked.Progress.Note);
        _version = Tracked.Version;
    }

    private void SetStatus(ItemStatus status)
    {
        _status = status;
        if (status == ItemStatus.Done) _percent = 100;
        else if (status == ItemStatus.NotStarted) _percent = 0;
    }

    private string? PercentHelper => PercentFixed ? L["PercentFixed", L[ItemStatusStyle.Key(_status)], _percent].Value : null;

    private string? Error(string field) => _errors.GetValueOrDefault(field);

    private async Task SaveAsync()
    {
        _saving = true;
        _errors.Clear();
        try
        {
            var user = Authentication is null ? new System.Security.Claims.ClaimsPrincipal() : (await Authentication).User;
            var outcome = await Items.SaveAsync(State, new ItemWrite(Item.Code, _status, _percent, _note, null, _version), user);
            if (outcome.Ok)
            {
                await OnClosed.InvokeAsync(outcome.Saved);
                return;
            }
            foreach (var e in outcome.Errors) _errors[e.Field] = e.Message;
            if (outcome.Conflict is { } now) (_conflict, _version) = (now, now.Version);
        }
        finally
        {
            _saving = false;
        }
    }

    private string ConflictText(TrackedItem now) => L["Conflict", Item.Code, now.UpdatedBy ?? "", Times.Local(now.UpdatedAt),
        L[ItemStatusStyle.Key(now.Progress.Status)], now.Progress.Percent,
        now.Progress.Note is { } note ? L["ConflictNote", note] : ""];
}
