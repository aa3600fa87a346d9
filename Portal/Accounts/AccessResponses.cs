using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;

namespace Portal.Accounts;

/// <summary>
/// The body of a 401 or 403: problem+json for programs (/api, /hubs, the Blazor hub), a short Chinese page for
/// people. Always with a body, so the status-code page (页面不存在) never replaces it, and never a redirect for
/// programs, which cannot follow one to a login form.
/// </summary>
public static class AccessResponses
{
    public static bool IsForPrograms(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs") || request.Path.StartsWithSegments("/_blazor");

    public static Task UnauthorizedAsync(HttpContext context, bool kiosk)
    {
        var t = Text(context);
        if (IsForPrograms(context.Request)) context.Response.Headers.WWWAuthenticate = "Bearer";
        return kiosk
            ? WriteAsync(context, StatusCodes.Status401Unauthorized, t["Denied.Kiosk.Title"], t["Denied.Kiosk.Body"])
            : WriteAsync(context, StatusCodes.Status401Unauthorized, t["Denied.Login.Title"], t["Denied.Login.Body"]);
    }

    public static Task ForbiddenAsync(HttpContext context)
    {
        var t = Text(context);
        var body = context.User.IsKiosk() ? t["Denied.Forbidden.Kiosk"] : t["Denied.Forbidden.Body"];
        return WriteAsync(context, StatusCodes.Status403Forbidden, t["Denied.Forbidden.Title"], body);
    }

    /// <summary>404 with a reason: something the user may not see is answered as if it did not exist (ADR 039).</summary>
    /// <param name="home">The home page to offer: the user's own library's; null: the home of the address asked for.</param>
    public static Task NotFoundAsync(HttpContext context, string title, string detail, string? home = null) =>
        WriteAsync(context, StatusCodes.Status404NotFound, title, detail, home);

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail, string? home = null)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        if (IsForPrograms(context.Request))
        {
            await Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);
            return;
        }
        var t = Text(context);
        var e = context.RequestServices.GetRequiredService<HtmlEncoder>(); // the app's: Chinese as text, markup escaped
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{e.Encode(title)}</title></head>
            <body style="font-family:sans-serif;max-width:40em;margin:4em auto;line-height:1.6">
            <h1>{e.Encode(title)}</h1><p data-denied="{status}">{e.Encode(detail)}</p>
            <p><a href="{e.Encode(home ?? context.Request.PathBase + "/")}">{e.Encode(t["Denied.Home"])}</a> · <a href="/login">{e.Encode(t["Denied.SignIn"])}</a></p>
            </body></html>
            """);
    }

    private static IStringLocalizer Text(HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<AccountText>>();
}
