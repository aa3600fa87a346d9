using System.Security.Claims;

namespace Portal.Accounts;

/// <summary>The portal's own claim types, and the questions every check asks of a principal.</summary>
public static class PortalClaims
{
    /// <summary>A division the user belongs to (its code, e.g. reader-services); one claim per division.</summary>
    public const string Division = "portal:division";

    /// <summary>The id of the API or kiosk token a request was authenticated with.</summary>
    public const string TokenId = "portal:token";

    public static IReadOnlyList<string> Divisions(this ClaimsPrincipal user) =>
        user.FindAll(Division).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();

    public static bool IsSignedIn(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static bool IsKiosk(this ClaimsPrincipal user) => user.IsSignedIn() && user.IsInRole(PortalRoles.Kiosk);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsSignedIn() && user.IsInRole(PortalRoles.Admin);

    /// <summary>Staff and team leads write for their own divisions; an admin writes for every division.</summary>
    public static bool CanWriteDivision(this ClaimsPrincipal user, string division) =>
        user.IsAdmin() || (user.IsSignedIn() && !user.IsKiosk()
            && (user.IsInRole(PortalRoles.Staff) || user.IsInRole(PortalRoles.TeamLead))
            && user.HasClaim(Division, division));

    /// <summary>Closing and reopening a month: the team lead of that division, or an admin.</summary>
    public static bool CanCloseDivision(this ClaimsPrincipal user, string division) =>
        user.IsAdmin() || (user.IsSignedIn() && !user.IsKiosk() && user.IsInRole(PortalRoles.TeamLead) && user.HasClaim(Division, division));

    public static long? TokenIdOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(TokenId), out var id) ? id : null;
}
