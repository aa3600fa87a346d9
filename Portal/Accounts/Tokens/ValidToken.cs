using System.Security.Claims;
using Portal.Accounts.Acting;
using Portal.Data.Entities;
using Portal.Domain.Localization;

namespace Portal.Accounts.Tokens;

/// <summary>A token that is known, not revoked and (for an API token) whose owner may still sign in.</summary>
public sealed record ValidToken(long Id, AccessTokenKind Kind, string Label, string? OwnerId, string? OwnerName,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Divisions, int Library)
{
    /// <summary>An API token acts as its owner (name, roles, divisions); a kiosk token only as role Kiosk.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType) =>
        Kind == AccessTokenKind.Kiosk
            ? new ClaimsPrincipal(new ClaimsIdentity(
            [
                new(PortalClaims.TokenId, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new(ClaimTypes.Name, AccountMessages.Text.Format(TextResource.Chinese, "Tokens.KioskName", Label)),
                new(ClaimTypes.Role, PortalRoles.Kiosk),
                PortalClaims.LibraryClaim(Library),
            ], authenticationType))
            : ActingUsers.Principal(new AccountNow(OwnerId!, OwnerName!, null, Roles, Divisions, Library), authenticationType, Id);
}
