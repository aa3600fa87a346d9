using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Accounts.Kiosk;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;
using Portal.Data.Entities;

namespace Portal.Accounts.Admin;

public partial class TokensPanel
{
    [Parameter, EditorRequired] public AccessTokenKind Kind { get; set; }
    [CascadingParameter] public required Task<AuthenticationState> Auth { get; set; }

    private List<TokenSummary> _tokens = [];
    private List<string> _users = [];
    private string? _label;
    private string? _owner;
    private string? _secret;
    private string? _error;
    private System.Security.Claims.ClaimsPrincipal _by = new();

    protected override async Task OnInitializedAsync()
    {
        _by = (await Auth).User;
        await LoadAsync();
    }

    private async Task CreateAsync()
    {
        (_secret, _error) = (null, null);
        if (string.IsNullOrWhiteSpace(_label)) _error = T["Tokens.LabelRequired"];
        else if (Kind == AccessTokenKind.Api && _owner is null) _error = T["Tokens.OwnerRequired"];
        if (_error is not null) return;
        try
        {
            var created = Kind == AccessTokenKind.Kiosk
                ? await Tokens.CreateKioskTokenAsync(_label!, _by)
                : await Tokens.CreateApiTokenAsync(_owner!, _label!, _by);
            _secret = created is null ? null
                : Kind == AccessTokenKind.Kiosk ? KioskUrl.For(Nav.BaseUri, created.Secret) : created.Secret;
        }
        catch (Acting.WriteForbiddenException e)
        {
            _error = e.Message;
            return;
        }
        _label = null;
        await LoadAsync();
    }

    private async Task RevokeAsync(long id)
    {
        _error = null;
        try
        {
            await Tokens.RevokeAsync(id, _by);
        }
        catch (Acting.WriteForbiddenException e)
        {
            _error = e.Message;
            return;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _tokens = await Tokens.ListAsync(Kind);
        if (Kind == AccessTokenKind.Api)
            _users = (await AccountAdmin.ListAsync()).Select(u => u.UserName).ToList();
    }
}
