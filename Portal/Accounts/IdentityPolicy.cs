using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Portal.Accounts;

/// <summary>Password, lockout and session-cookie rules (see README "Accounts" and ADR 007).</summary>
public static class IdentityPolicy
{
    public static readonly TimeSpan LockoutFor = TimeSpan.FromMinutes(15);
    public const int MaxFailures = 5;

    /// <summary>Length over composition (NIST SP 800-63B): at least 10 characters, with a digit and a lower-case letter.</summary>
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 5;
        o.Lockout.MaxFailedAccessAttempts = MaxFailures;
        o.Lockout.DefaultLockoutTimeSpan = LockoutFor;
        o.Lockout.AllowedForNewUsers = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>
    /// The session cookie: HttpOnly, SameSite=Lax (no cross-site POST carries it), Secure whenever the request came
    /// over HTTPS (SameAsRequest: the intranet's default is plain HTTP on localhost, where Always would lose the
    /// cookie; behind TLS it is Secure). 10 hours sliding: a working day. Programs get 401/403, never a redirect.
    /// </summary>
    public static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = PortalSchemes.SessionCookie;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(10);
        o.SlidingExpiration = true;
        o.LoginPath = "/login";
        o.ReturnUrlParameter = "returnUrl";
        o.Events.OnRedirectToLogin = context =>
        {
            if (AccessResponses.IsForPrograms(context.Request)) return AccessResponses.UnauthorizedAsync(context.HttpContext, kiosk: false);
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
        o.Events.OnRedirectToAccessDenied = context => AccessResponses.ForbiddenAsync(context.HttpContext);
        // Every request, not Identity's once a minute: a locked or changed account loses its session at once (ADR 024).
        o.Events.OnValidatePrincipal = Acting.CookieCheck.ValidateAsync;
    }
}
