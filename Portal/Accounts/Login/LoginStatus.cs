namespace Portal.Accounts.Login;

public enum LoginStatus { SignedIn, Invalid, LockedOut, MustChangePassword, Rejected }

/// <summary>What a login or password change did; Errors are the password policy's complaints.</summary>
public sealed record LoginResult(LoginStatus Status, IReadOnlyList<string> Errors)
{
    /// <summary>Where a signed-in user goes when no page was asked for: their own library's home (ADR 039).</summary>
    public string Home { get; init; } = "/";

    public static LoginResult Of(LoginStatus status) => new(status, []);

    /// <summary>The page asked for, else <see cref="Home"/>.</summary>
    public string Next(string? returnUrl) => LocalUrl.OrHome(returnUrl) is var local && local != "/" ? local : Home;
}

/// <summary>The login form's fields, bound from the static form post.</summary>
public sealed class LoginForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>The change-password form's fields.</summary>
public sealed class PasswordForm
{
    public string? UserName { get; set; }
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}
