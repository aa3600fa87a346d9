using System.Security.Claims;
using Portal.Accounts;
using Portal.Data;

namespace Portal.Libraries;

public static class LibraryVisibility
{
    /// <summary>Whether the user's library is <paramref name="library"/> or above it. An in-process actor (the command line) sees all.</summary>
    public static bool CanSee(this ClaimsPrincipal user, LibraryTree tree, int library) =>
        user.Identity?.AuthenticationType == Accounts.Acting.SystemActor.AuthenticationType || tree.VisibleFrom(user.LibraryOf()).Contains(library);
}
