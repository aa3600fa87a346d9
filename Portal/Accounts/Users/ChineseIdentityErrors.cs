using Microsoft.AspNetCore.Identity;

namespace Portal.Accounts.Users;

/// <summary>Identity's messages in Chinese, for the password form, the admin page and the command line.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), AccountMessages.Text.Format("Identity.PasswordTooShort", length));
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), AccountMessages.Text["Identity.PasswordRequiresDigit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), AccountMessages.Text["Identity.PasswordRequiresLower"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), AccountMessages.Text["Identity.PasswordRequiresUpper"]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), AccountMessages.Text["Identity.PasswordRequiresNonAlphanumeric"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), AccountMessages.Text.Format("Identity.PasswordRequiresUniqueChars", uniqueChars));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), AccountMessages.Text["Identity.PasswordMismatch"]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), AccountMessages.Text.Format("Identity.DuplicateUserName", userName));
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), AccountMessages.Text.Format("Identity.InvalidUserName", userName));
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), AccountMessages.Text.Format("Identity.UserAlreadyInRole", role));
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), AccountMessages.Text["Identity.ConcurrencyFailure"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
