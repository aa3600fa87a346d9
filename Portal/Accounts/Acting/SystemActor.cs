using System.Security.Claims;

namespace Portal.Accounts.Acting;

/// <summary>
/// The acting user of an operations command or of start-up seeding: someone with a shell on the server, who may do
/// what an admin may. It names no account, so <see cref="ActingUsers"/> takes it as it is; nothing that arrives over
/// HTTP can carry one (every HTTP principal names an account or a token).
/// </summary>
public static class SystemActor
{
    public const string AuthenticationType = "system";

    public static ClaimsPrincipal Named(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, PortalRoles.Admin)], AuthenticationType));
}
