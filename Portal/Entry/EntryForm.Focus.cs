using Microsoft.AspNetCore.Components;
using MudBlazor;
using Microsoft.JSInterop;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Entry;

/// <summary>
/// Where keyboard focus goes after the page's own buttons (ADR 035). Save and 放弃修改 disable themselves once
/// nothing is left to save, and a disabled button drops focus to the page body: the message saying what happened
/// takes it. A closed cell history gives focus back to the row's history button.
/// </summary>
public partial class EntryForm
{
    private StatusMessage? _statusMessage;
    private bool _focusStatus;

    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required Microsoft.Extensions.Localization.IStringLocalizer<KeyboardText> K { get; init; }

    private async Task SaveFromButtonAsync()
    {
        await SaveAsync();
        _focusStatus = !HasChanges;
    }

    private Task RevertFromButtonAsync()
    {
        Revert();
        _status = (Severity.Info, K["Entry.Reverted"]);
        _focusStatus = true;
        return Task.CompletedTask;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_focusStatus || _statusMessage is null) return;
        _focusStatus = false;
        await _statusMessage.FocusAsync();
    }

    private async Task OpenHistoryAsync(EntryRow row)
    {
        if (_sheet is not { } sheet) return;
        var parameters = new DialogParameters<CellHistoryDialog>
        {
            { d => d.Year, sheet.Plan.Year },
            { d => d.Kpi, row.Kpi },
            { d => d.Division, sheet.Division.Code },
            { d => d.Month, sheet.Month },
        };
        var title = L["History.Title", row.Kpi.Name, sheet.Division.Name, sheet.Month];
        var dialog = await Dialogs.ShowAsync<CellHistoryDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });
        // The click is handled once the dialog shows; focus goes back to the row's button when the dialog closes, unless
        // the page has gone by then. Not awaited here: a dialog left open when the page goes never ends the wait.
        _ = ReturnFocusAsync(dialog, $"[data-history='{row.Kpi.Code}']");
    }

    private async Task ReturnFocusAsync(IDialogReference dialog, string selector)
    {
        await dialog.Result;
        if (!_disposed) await InvokeAsync(() => JS.FocusAsync(selector));
    }
}
