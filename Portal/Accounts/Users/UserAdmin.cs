using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Live;
using Portal.Domain.Localization;
using Portal.Plans;

namespace Portal.Accounts.Users;

/// <summary>
/// Account management for the admin page and the command line: create (with a one-time password), roles and
/// divisions, lock and unlock, password reset. Only an admin, as they are now, may make any of them: the service
/// checks the acting user itself (ADR 024), whatever page or command calls it. Each change is audited under the
/// actor's name and renews the security stamp, so the changed user's next request or write sees it. Each change has
/// a scope of its own for Identity's user manager and its context (ADR 031): a page may hold this service for hours.
/// </summary>
public sealed class UserAdmin(IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> contexts, PlanStore store, TimeProvider clock,
    ActingUsers acting)
{
    private static string What => AccountMessages.Text["Users.What"];

    public async Task<List<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = await db.Users.AsNoTracking().Where(u => u.LibraryId == db.Scope.Library).OrderBy(u => u.UserName).ToListAsync(ct); // the library addressed
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var divisions = await db.UserClaims.Where(c => c.ClaimType == PortalClaims.Division).Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return all.Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            divisions.Where(d => d.UserId == u.Id).Select(d => d.ClaimValue!).Order().ToList(),
            u.LockoutEnd > now, u.MustChangePassword, u.Email)).ToList();
    }

    /// <param name="password">A fixed password (demo accounts); null generates a one-time password to change at first login.</param>
    /// <param name="email">Where reminders go (optional); checked for a plausible address.</param>
    /// <param name="library">The account's library; null: the acting scope's (ADR 039).</param>
    public async Task<AccountResult> CreateAsync(string userName, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> divisions,
        ClaimsPrincipal actor, string? displayName = null, string? password = null, string? email = null, int? library = null)
    {
        if (await RefuseAsync(actor) is { } refused) return refused;
        var by = Writer.NameOf(actor);
        if (Check(roles, divisions) is { } invalid) return invalid;
        if (EmailError(email) is { } badEmail) return AccountResult.Fail(badEmail);
        var user = new PortalUser
        {
            UserName = userName.Trim(), DisplayName = displayName?.Trim(), MustChangePassword = password is null,
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            LibraryId = library ?? 0, // 0: the scope's library (LibraryRows.Stamp)
        };
        var secret = password ?? OneTimePassword.New();
        return await InScopeAsync(async (users, db) =>
        {
            var created = await users.CreateAsync(user, secret);
            if (!created.Succeeded) return Fail(created);
            var result = await ApplyAsync(users, user, roles, divisions);
            if (!result.Succeeded) return result;
            await AuditAsync(db, AuditEventKind.UserCreated, user, by, Describe(roles, divisions));
            return AccountResult.Ok(password is null ? secret : null);
        });
    }

    public async Task<AccountResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> divisions, ClaimsPrincipal actor)
    {
        if (await RefuseAsync(actor) is { } refused) return refused;
        var by = Writer.NameOf(actor);
        if (Check(roles, divisions) is { } invalid) return invalid;
        return await InScopeAsync(async (users, db) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user) return AccountResult.Fail(AccountMessages.Text["Users.NotFound"]);
            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.RemoveClaimsAsync(user, (await users.GetClaimsAsync(user)).Where(c => c.Type == PortalClaims.Division));
            var result = await ApplyAsync(users, user, roles, divisions);
            if (result.Succeeded) await AuditAsync(db, AuditEventKind.UserRolesChanged, user, by, Describe(roles, divisions));
            return result;
        });
    }

    /// <summary>Sets (or, with an empty address, removes) the e-mail address reminders are sent to.</summary>
    public async Task<AccountResult> SetEmailAsync(string userId, string? email, ClaimsPrincipal actor)
    {
        if (await RefuseAsync(actor) is { } refused) return refused;
        var by = Writer.NameOf(actor);
        if (EmailError(email) is { } bad) return AccountResult.Fail(bad);
        return await InScopeAsync(async (users, db) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user) return AccountResult.Fail(AccountMessages.Text["Users.NotFound"]);
            var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
            if (user.Email == address) return AccountResult.Ok();
            var set = await users.SetEmailAsync(user, address);
            if (!set.Succeeded) return Fail(set);
            await AuditAsync(db, AuditEventKind.UserEmailChanged, user, by, address ?? AccountMessages.Text.Get("Audit.EmailRemoved", TextResource.Chinese));
            return AccountResult.Ok();
        });
    }

    /// <summary>Null when the address is empty or plausible; otherwise what is wrong with it.</summary>
    public static string? EmailError(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var text = email.Trim();
        return text.Length <= 256 && System.Net.Mail.MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && parsed.Host.Contains('.', StringComparison.Ordinal)
            ? null : AccountMessages.Text.Format("Users.BadEmail", text);
    }

    /// <summary>Locks an account until an admin unlocks it; its sessions, circuits and API tokens stop working.</summary>
    public Task<AccountResult> LockAsync(string userId, ClaimsPrincipal actor) =>
        ChangeAsync(userId, actor, AuditEventKind.UserLocked, (users, u) => u.UserName == Writer.NameOf(actor)
            ? Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "LockSelf", Description = AccountMessages.Text["Users.LockSelf"] }))
            : users.SetLockoutEndDateAsync(u, DateTimeOffset.MaxValue));

    public Task<AccountResult> UnlockAsync(string userId, ClaimsPrincipal actor) =>
        ChangeAsync(userId, actor, AuditEventKind.UserUnlocked, async (users, u) =>
        {
            await users.ResetAccessFailedCountAsync(u);
            return await users.SetLockoutEndDateAsync(u, null);
        });

    /// <summary>Replaces the password with a new one-time password, which must be changed at the next login.</summary>
    public async Task<AccountResult> ResetPasswordAsync(string userId, ClaimsPrincipal actor)
    {
        if (await RefuseAsync(actor) is { } refused) return refused;
        var by = Writer.NameOf(actor);
        return await InScopeAsync(async (users, db) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user) return AccountResult.Fail(AccountMessages.Text["Users.NotFound"]);
            var secret = OneTimePassword.New();
            await users.RemovePasswordAsync(user);
            var reset = await users.AddPasswordAsync(user, secret);
            if (!reset.Succeeded) return Fail(reset);
            user.MustChangePassword = true;
            await users.UpdateAsync(user);
            await AuditAsync(db, AuditEventKind.PasswordReset, user, by, null);
            return AccountResult.Ok(secret);
        });
    }

    private async Task<AccountResult> ChangeAsync(string userId, ClaimsPrincipal actor, AuditEventKind kind,
        Func<UserManager<PortalUser>, PortalUser, Task<IdentityResult>> change)
    {
        if (await RefuseAsync(actor) is { } refused) return refused;
        var by = Writer.NameOf(actor);
        return await InScopeAsync(async (users, db) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user) return AccountResult.Fail(AccountMessages.Text["Users.NotFound"]);
            var result = await change(users, user);
            if (!result.Succeeded) return Fail(result);
            await users.UpdateSecurityStampAsync(user);
            await AuditAsync(db, kind, user, by, null);
            return AccountResult.Ok();
        });
    }

    /// <summary>One change with a user manager and context of its own; the audit record goes through the same context.</summary>
    private async Task<AccountResult> InScopeAsync(Func<UserManager<PortalUser>, PortalDbContext, Task<AccountResult>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await change(services.GetRequiredService<UserManager<PortalUser>>(), services.GetRequiredService<PortalDbContext>());
    }

    /// <summary>The refusal when the actor, as they are now, is not an admin; else null.</summary>
    private async Task<AccountResult?> RefuseAsync(ClaimsPrincipal actor) =>
        Refusals.NotAdmin(await acting.NowAsync(actor), What) is { } refusal ? AccountResult.Fail(refusal) : null;

    private static async Task<AccountResult> ApplyAsync(UserManager<PortalUser> users, PortalUser user, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> divisions)
    {
        var added = await users.AddToRolesAsync(user, roles.Distinct());
        if (!added.Succeeded) return Fail(added);
        var claims = await users.AddClaimsAsync(user, divisions.Distinct().Select(d => new Claim(PortalClaims.Division, d)));
        if (!claims.Succeeded) return Fail(claims);
        await users.UpdateSecurityStampAsync(user);
        return AccountResult.Ok();
    }

    private AccountResult? Check(IReadOnlyCollection<string> roles, IReadOnlyCollection<string> divisions)
    {
        var errors = new List<string>();
        if (roles.Count == 0) errors.Add(AccountMessages.Text["Users.NoRole"]);
        errors.AddRange(roles.Where(r => !PortalRoles.IsAssignable(r))
            .Select(r => AccountMessages.Text.Format("Users.UnknownRole", r, ListText.Join(PortalRoles.Assignable))));
        var known = store.Plans.SelectMany(p => p.Plan.Divisions.Select(d => d.Code)).ToHashSet();
        errors.AddRange(divisions.Where(d => !known.Contains(d))
            .Select(d => AccountMessages.Text.Format("Users.UnknownDivision", d, ListText.Join(known.Order()))));
        if (roles.Any(r => r is PortalRoles.Staff or PortalRoles.TeamLead) && divisions.Count == 0)
            errors.Add(AccountMessages.Text["Users.NeedsDivision"]);
        return errors.Count > 0 ? new AccountResult(false, null, errors) : null;
    }

    private async Task AuditAsync(PortalDbContext db, AuditEventKind kind, PortalUser user, string by, string? detail)
    {
        db.AuditEvents.Add(new AuditEvent { Kind = kind, By = by, At = clock.GetUtcNow(), Subject = user.UserName, Detail = detail });
        await db.SaveChangesAsync();
    }

    private static string Describe(IReadOnlyCollection<string> roles, IReadOnlyCollection<string> divisions) =>
        AccountMessages.Text.Format(TextResource.Chinese, "Audit.RolesAndDivisions", string.Join(",", roles), divisions.Count == 0 ? AccountMessages.Text.Get("Audit.NoDivision", TextResource.Chinese) : string.Join(",", divisions));

    private static AccountResult Fail(IdentityResult result) => new(false, null, result.Errors.Select(e => e.Description).ToList());
}
