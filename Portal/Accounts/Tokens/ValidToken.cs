using System.Security.Claims;
using Portal.Data.Entities;

namespace Portal.Accounts.Tokens;

/// <summary>A token that is known, not revoked and (for an API token) whose owner may still sign in.</summary>
public sealed record ValidToken(long Id, AccessTokenKind Kind, string Label, string? OwnerId, string? OwnerName,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Divisions)
{
    /// <summary>An API token acts as its owner (name, roles, divisions); a kiosk token only as role Kiosk.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim> { new(PortalClaims.TokenId, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (Kind == AccessTokenKind.Kiosk)
        {
            claims.Add(new(ClaimTypes.Name, $"大屏：{Label}"));
            claims.Add(new(ClaimTypes.Role, PortalRoles.Kiosk));
        }
        else
        {
            claims.Add(new(ClaimTypes.Name, OwnerName!));
            claims.Add(new(ClaimTypes.NameIdentifier, OwnerId!));
            claims.AddRange(Roles.Where(PortalRoles.IsAssignable).Select(r => new Claim(ClaimTypes.Role, r)));
            claims.AddRange(Divisions.Select(d => new Claim(PortalClaims.Division, d)));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
