using System.Security.Claims;

namespace Portal.Accounts.Acting;

/// <summary>The refusals every write service shares, for a principal already brought up to date by <see cref="ActingUsers"/>.</summary>
public static class Refusals
{
    public static string Kiosk => AccountMessages.Text["Refusal.Kiosk"];

    public static string Ended => AccountMessages.Text["Refusal.Ended"];

    /// <summary>Null when the user is an admin; otherwise why not, ending with what only an admin may do.</summary>
    public static string? NotAdmin(ClaimsPrincipal user, string what) =>
        user.IsAdmin() ? null : CannotWrite(user) ?? AccountMessages.Text.Format("Refusal.NotAdmin", what);

    /// <summary>Null when the user may write at all (signed in, not a wall); otherwise why not.</summary>
    public static string? CannotWrite(ClaimsPrincipal user) => NotSignedIn(user) ?? (user.IsKiosk() ? Kiosk : null);

    /// <summary>Null when signed in; otherwise why the write is refused.</summary>
    public static string? NotSignedIn(ClaimsPrincipal user) =>
        user.IsSignedIn() ? null : user.HasClaim(c => c.Type == ActingUsers.EndedClaim) ? Ended : AccountMessages.Text["Refusal.NotSignedIn"];

    /// <exception cref="WriteForbiddenException">The user is not an admin.</exception>
    public static void RequireAdmin(ClaimsPrincipal user, string what)
    {
        if (NotAdmin(user, what) is { } refusal) throw new WriteForbiddenException(refusal);
    }
}

/// <summary>
/// A write the acting user may not make, with a message in Chinese; nothing was changed. Services whose result has no
/// place for a refusal throw it: pages show the message, the API answers 403 problem+json with it.
/// </summary>
public sealed class WriteForbiddenException(string message) : Exception(message);
