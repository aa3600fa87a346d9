using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Shared;

namespace Portal.Libraries;

public partial class LibrariesPanel
{
    [CascadingParameter] public required Task<AuthenticationState> Auth { get; set; }
    [Inject] public required LibraryAdmin Admin { get; init; }
    [Inject] public required LibraryTree Tree { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required IStringLocalizer<LibraryText> L { get; init; }

    private ClaimsPrincipal _by = new();
    private IReadOnlyList<LibraryRow> _rows = [];
    private string? _code;
    private string? _name;
    private LibraryLevel _level = LibraryLevel.City;
    private string? _parent;
    private string? _adminName;
    private (string Text, Severity Severity)? _message;
    private (string Admin, string Password)? _secret;
    private StatusMessage? _status;
    private bool _focusStatus;
    private bool _busy;

    private IReadOnlyList<Library> Parents => LibraryListing.ParentsFor(_rows, _level);

    protected override async Task OnInitializedAsync()
    {
        _by = (await Auth).User;
        await LoadAsync();
        // A library can be added one level below the admin's own; the form starts there, with its one parent chosen.
        if (_rows.FirstOrDefault(r => r.Own)?.Library.Level is { } own && LibraryListing.AddableLevels.Contains(own + 1)) ChooseLevel(own + 1);
    }

    private string ParentName(string? code) => _rows.FirstOrDefault(r => r.Library.Code == code)?.Library.Name ?? code ?? "";

    private void ChooseLevel(LibraryLevel level)
    {
        _level = level;
        var parents = Parents;
        if (parents.All(p => p.Code != _parent)) _parent = parents.Count == 1 ? parents[0].Code : null;
    }

    private async Task AddAsync()
    {
        if (_busy) return; // a second click must not replace the one-time password with "code taken"
        _busy = true;
        try
        {
            _secret = null;
            if (_parent is null)
            {
                _message = (L["Add.PickParent"], Severity.Error);
                return;
            }
            var adminName = (_adminName ?? "").Trim();
            var result = await Admin.AddAsync(_code ?? "", _name ?? "", _level, _parent, adminName, _by);
            if (!result.Succeeded)
            {
                _message = (string.Join(" ", result.Errors), Severity.Error);
                return;
            }
            _message = (L["Add.Done", result.Library!.Name, result.Library.Code], Severity.Success);
            _secret = (adminName, result.OneTimePassword ?? "");
            (_code, _name, _adminName) = (null, null, null);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ChangeAsync(Library library, bool remove)
    {
        var action = remove ? "remove" : "retire";
        var confirmed = await Dialogs.ShowMessageBoxAsync(L[remove ? "Remove.Title" : "Retire.Title"], L[remove ? "Remove.Body" : "Retire.Body", library.Name, library.Code],
            yesText: L[remove ? "Remove" : "Retire"], cancelText: L["Cancel"], options: new DialogOptions { CloseOnEscapeKey = true });
        if (confirmed != true)
        {
            // MudBlazor does not give focus back when a dialog closes (ADR 035): the button that opened it takes it.
            await JS.FocusAsync($"[data-library='{library.Code}'] [data-action='{action}']");
            return;
        }
        _secret = null;
        var refused = remove ? await Admin.RemoveAsync(library.Code, _by) : await Admin.RetireAsync(library.Code, _by);
        _message = refused is null ? (L[remove ? "Removed.Done" : "Retired.Done", library.Name], Severity.Success) : (refused, Severity.Error);
        await LoadAsync();
        // The button is gone (the row, or its retire button) or the action was refused: the message says what happened.
        _focusStatus = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_focusStatus || _status is null) return;
        _focusStatus = false;
        await _status.FocusAsync();
    }

    private async Task LoadAsync()
    {
        _rows = LibraryListing.Below(await Tree.ReloadAsync(), _by.LibraryOf());
        ChooseLevel(_level);
    }
}
