using Microsoft.AspNetCore.Identity;

namespace Portal.Data.Entities;

/// <summary>
/// A portal account (ASP.NET Core Identity). Roles are Identity roles; division memberships are user claims of
/// type <see cref="Portal.Accounts.PortalClaims.Division"/>, so they flow into the sign-in cookie as they are.
/// </summary>
public sealed class PortalUser : IdentityUser, ILibraryOwned
{
    /// <summary>The one library the person belongs to; what they see is it and the libraries below it (ADR 039).</summary>
    public int LibraryId { get; set; }
    /// <summary>The person's name as shown in the portal, e.g. 张敏; the user name stays the login and audit name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Set for a one-time password (created by an admin or the command line): no session until it is changed.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The language the person chose (zh-CN or en); null: the portal's default, Chinese (ADR 036).</summary>
    public string? Language { get; set; }
}
