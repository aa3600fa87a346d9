using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Accounts.Acting;

/// <summary>
/// The acting user as they are NOW (ADR 024): every service that writes passes the principal it was given through
/// <see cref="NowAsync"/> before checking it, so a lock, a new role or new divisions count on the very next write from
/// a page that is still open, a cookie or an API token, on every instance (the database is the one truth). A principal
/// that names neither an account nor a token was made in-process (the command line, background jobs, tests) and is
/// taken as it is: nothing outside the process can make one.
/// </summary>
public sealed class ActingUsers(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>Set on the principal of an account that was locked or deleted, or a token that was revoked.</summary>
    public const string EndedClaim = "portal:ended";

    public async Task<ClaimsPrincipal> NowAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsSignedIn()) return user;
        var type = user.Identity!.AuthenticationType;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (user.TokenIdOf() is { } tokenId)
        {
            var token = await db.AccessTokens.AsNoTracking().Where(t => t.Id == tokenId && t.RevokedAt == null)
                .Select(t => new { t.Kind, t.OwnerId }).FirstOrDefaultAsync(ct);
            if (token is null) return Ended(user);
            if (token.Kind == AccessTokenKind.Kiosk) return user; // a kiosk's rights never change: it may write nothing
            return token.OwnerId is { } owner ? await AccountAsync(db, user, owner, type, tokenId, ct) : Ended(user);
        }
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? await AccountAsync(db, user, id, type, null, ct) : user;
    }

    private async Task<ClaimsPrincipal> AccountAsync(PortalDbContext db, ClaimsPrincipal user, string id, string? type, long? tokenId, CancellationToken ct)
    {
        var account = await AccountNow.LoadAsync(db, id, ct);
        return account is null || account.IsLocked(clock.GetUtcNow()) ? Ended(user) : LibraryRoles.AtAddress(Principal(account, type, tokenId), LibraryScope.Current);
    }

    /// <summary>The principal of an account as it is now; <paramref name="tokenId"/> when it acts through an API token.</summary>
    public static ClaimsPrincipal Principal(AccountNow account, string? authenticationType, long? tokenId)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName), new(ClaimTypes.NameIdentifier, account.Id) };
        if (tokenId is { } t) claims.Add(new(PortalClaims.TokenId, t.ToString(CultureInfo.InvariantCulture)));
        claims.AddRange(account.Roles.Where(PortalRoles.IsAssignable).Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(account.Divisions.Select(d => new Claim(PortalClaims.Division, d)));
        claims.Add(PortalClaims.LibraryClaim(account.Library));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    /// <summary>Signed out: it may write nothing, and the refusal says why (the name stays for the logs).</summary>
    private static ClaimsPrincipal Ended(ClaimsPrincipal user) =>
        new(new ClaimsIdentity([new Claim(EndedClaim, Writer.NameOf(user))]));
}
