using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Accounts.Users;
using Portal.Domain.Plans;

namespace Portal.Accounts.Admin;

public partial class UsersPanel
{
    [CascadingParameter] public required Task<AuthenticationState> Auth { get; set; }

    private List<UserSummary> _users = [];
    private UserSummary? _editing;
    private string? _userName;
    private string? _displayName;
    private string? _email;
    private IReadOnlyCollection<string> _roles = [];
    private IReadOnlyCollection<string> _divisions = [];
    private AccountResult? _result;
    private System.Security.Claims.ClaimsPrincipal _by = new();

    private IReadOnlyList<Division> Divisions => Store.Default?.Plan.Divisions ?? [];

    protected override async Task OnInitializedAsync()
    {
        _by = (await Auth).User;
        await LoadAsync();
    }

    private string DivisionName(string code) => Divisions.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private void Edit(UserSummary user)
    {
        (_editing, _userName, _displayName, _email, _roles, _divisions) = (user, user.UserName, user.DisplayName, user.Email, user.Roles, user.Divisions);
        _result = null;
    }

    private void Reset() => (_editing, _userName, _displayName, _email, _roles, _divisions) = (null, null, null, null, [], []);

    private Task SaveAsync()
    {
        var (roles, divisions, email) = (_roles.ToList(), _divisions.ToList(), _email);
        if (_editing is { } user)
        {
            return RunAsync(async a =>
                UserAdmin.EmailError(email) is { } bad ? AccountResult.Fail(bad)
                : await a.SetRolesAsync(user.Id, roles, divisions, _by) is { Succeeded: false } failed ? failed
                : await a.SetEmailAsync(user.Id, email, _by));
        }
        var (name, display) = (_userName ?? "", _displayName);
        return RunAsync(a => a.CreateAsync(name, roles, divisions, _by, string.IsNullOrWhiteSpace(display) ? null : display, email: email));
    }

    private async Task RunAsync(Func<UserAdmin, Task<AccountResult>> action)
    {
        _result = await action(AccountAdmin);
        if (_result.Succeeded) Reset();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _users = await AccountAdmin.ListAsync();
    }
}
