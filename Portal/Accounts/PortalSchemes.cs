using Microsoft.AspNetCore.Identity;
using Portal.Accounts.Tokens;

namespace Portal.Accounts;

/// <summary>
/// Authentication schemes. The default, <see cref="Portal"/>, forwards each request to the one that applies:
/// a presented token (bearer header, hub access_token, wall ?token=) wins, then the login cookie, then the kiosk
/// cookie. Challenges and 403s go through the same choice, so each kind of client gets its own answer.
/// </summary>
public static class PortalSchemes
{
    public const string Portal = "Portal";
    public const string Token = "Token";
    public const string SessionCookie = ".WorkPlanPortal.Session";

    public static string Select(HttpContext context)
    {
        var (token, source) = TokenReader.Read(context.Request);
        if (token is not null && source != TokenSource.Cookie) return Token;
        if (context.Request.Cookies.ContainsKey(SessionCookie)) return IdentityConstants.ApplicationScheme;
        return source == TokenSource.Cookie ? Token : IdentityConstants.ApplicationScheme;
    }
}
