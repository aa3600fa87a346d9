using System.Security.Claims;
using Portal.Data;

namespace Portal.Accounts;

/// <summary>
/// A user's roles count in their own library; in a library below it they read only (ADR 039): the principal at such an
/// address carries the role Viewer instead, and no division, so every permission check refuses a write there.
/// </summary>
public static class LibraryRoles
{
    public static ClaimsPrincipal AtAddress(ClaimsPrincipal user, LibraryScope scope)
    {
        if (!user.IsSignedIn() || user.IsKiosk() || user.FindFirst(PortalClaims.Library) is null || user.LibraryOf() == scope.Library) return user;
        var identity = (ClaimsIdentity)user.Identity!;
        var claims = identity.Claims.Where(c => c.Type != identity.RoleClaimType && c.Type != PortalClaims.Division)
            .Append(new Claim(identity.RoleClaimType, PortalRoles.Viewer));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
    }
}
