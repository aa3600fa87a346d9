namespace Portal.Accounts.Users;

/// <summary>An account as the admin page lists it.</summary>
public sealed record UserSummary(string Id, string UserName, string? DisplayName, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Divisions, bool LockedOut, bool MustChangePassword, string? Email = null);

/// <summary>The result of an account change: a one-time password to hand over once, or the reasons it failed.</summary>
public sealed record AccountResult(bool Succeeded, string? OneTimePassword, IReadOnlyList<string> Errors)
{
    public static AccountResult Ok(string? password = null) => new(true, password, []);
    public static AccountResult Fail(params string[] errors) => new(false, null, errors);
}
