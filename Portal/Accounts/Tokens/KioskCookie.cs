namespace Portal.Accounts.Tokens;

/// <summary>
/// Carries a wall's kiosk token from /wall?token=… to the requests the page makes next (its Blazor circuit). It is
/// not a session: it holds the token itself, which is checked again on every request and circuit, so the TV stays
/// signed in as long as the token lives and stops within a minute of its revocation (ADR 006).
/// </summary>
public static class KioskCookie
{
    public const string Name = ".WorkPlanPortal.Kiosk";

    public static void Set(HttpContext context, string token) =>
        context.Response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(400), // the longest browsers keep a cookie
        });

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name);
}
