using Microsoft.AspNetCore.Mvc;
using Portal.Accounts;

namespace Portal.Languages;

public static class LanguageEndpoints
{
    /// <summary>
    /// POST /account/language (lang, returnUrl): a form post with the anti-forgery token, from the user menu. Sets the
    /// culture cookie, saves the choice on the account and goes back where the user was.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/language", async (HttpContext http, AccountLanguage accounts, [FromForm] string? lang, [FromForm] string? returnUrl) =>
        {
            if (PortalCultures.Normalize(lang) is not { } culture) return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
            LanguageCookie.Append(http, culture);
            if (http.User.Identity?.Name is { } name && !http.User.IsKiosk()) await accounts.SaveAsync(name, culture);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }); // signed in only: the login page switches with ?lang= (the portal's only anonymous routes are the login pages)
        return app;
    }
}
