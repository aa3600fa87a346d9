using Microsoft.AspNetCore.Localization;

namespace Portal.Languages;

/// <summary>The standard culture cookie (.AspNetCore.Culture, c=en|uic=en), which the circuit's own request carries.</summary>
public static class LanguageCookie
{
    public static void Append(HttpContext http, string culture) =>
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), // a kiosk's ?lang=en holds for months, like its token
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
            });

    /// <summary>The language the request's cookie chose, normalized; null without one.</summary>
    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(CookieRequestCultureProvider.DefaultCookieName, out var value)
        && CookieRequestCultureProvider.ParseCookieValue(value) is { } parsed
            ? PortalCultures.Normalize(parsed.UICultures.FirstOrDefault().Value) : null;
}
