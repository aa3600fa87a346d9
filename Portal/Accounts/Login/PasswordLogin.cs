using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Addresses;
using Portal.Data.Entities;
using Portal.Data;
using Portal.Languages;

namespace Portal.Accounts.Login;

/// <summary>
/// Signs in with a password (5 failures lock the account for 15 minutes) and changes passwords. A one-time
/// password never yields a session: it must be changed first, on the change-password page.
/// </summary>
public sealed class PasswordLogin(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<LoginResult> SignInAsync(string? userName, string? password)
    {
        var (status, user) = await CheckAsync(userName, password);
        if (status != LoginStatus.SignedIn) return LoginResult.Of(status);
        if (user!.MustChangePassword) return LoginResult.Of(LoginStatus.MustChangePassword);
        await signIn.SignInAsync(user, isPersistent: false);
        await AccountLanguage.RestoreAsync(signIn.Context, user, users);
        return await SignedInAsync(user);
    }

    public async Task<LoginResult> ChangePasswordAsync(PasswordForm form)
    {
        var (status, user) = await CheckAsync(form.UserName, form.CurrentPassword);
        if (status != LoginStatus.SignedIn) return LoginResult.Of(status);
        if (form.NewPassword != form.ConfirmPassword) return new(LoginStatus.Rejected, [AccountMessages.Text["Password.Mismatch"]]);
        if (form.NewPassword == form.CurrentPassword) return new(LoginStatus.Rejected, [AccountMessages.Text["Password.Same"]]);
        var changed = await users.ChangePasswordAsync(user!, form.CurrentPassword!, form.NewPassword ?? "");
        if (!changed.Succeeded) return new(LoginStatus.Rejected, changed.Errors.Select(e => e.Description).ToList());
        user!.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        await AccountLanguage.RestoreAsync(signIn.Context, user, users);
        return await SignedInAsync(user);
    }

    /// <summary>Signed in, with the home of the user's library: / for the default one, /l/{code}/ for another.</summary>
    private async Task<LoginResult> SignedInAsync(PortalUser user)
    {
        if (user.LibraryId == Library.DefaultId) return LoginResult.Of(LoginStatus.SignedIn);
        await using var db = await contexts.CreateDbContextAsync();
        var code = await db.Libraries.Where(l => l.Id == user.LibraryId).Select(l => l.Code).SingleAsync();
        return LoginResult.Of(LoginStatus.SignedIn) with { Home = AppPaths.BaseOf(user.LibraryId, code) + "/" };
    }

    private async Task<(LoginStatus, PortalUser?)> CheckAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return (LoginStatus.Invalid, null);
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null) return (LoginStatus.Invalid, null);
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut) return (LoginStatus.LockedOut, user);
        return check.Succeeded ? (LoginStatus.SignedIn, user) : (LoginStatus.Invalid, user);
    }
}
