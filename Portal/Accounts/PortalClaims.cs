using System.Security.Claims;

namespace Portal.Accounts;

/// <summary>The portal's own claim types, and the questions every check asks of a principal.</summary>
public static class PortalClaims
{
    /// <summary>A division the user belongs to (its code, e.g. reader-services); one claim per division.</summary>
    public const string Division = "portal:division";

    /// <summary>The id of the library the user (or kiosk) belongs to (ADR 039).</summary>
    public const string Library = "portal:library";

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

    public static Claim LibraryClaim(int library) => new(Library, library.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The user's library. A sign-in from before there were libraries carries none: every account then belonged to
    /// the one library that the migration made the default (ADR 039).
    /// </summary>
    public static int LibraryOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Library), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : Data.Entities.Library.DefaultId;

    public static long? TokenIdOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(TokenId), out var id) ? id : null;
}
