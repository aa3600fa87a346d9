using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Wall;

namespace Portal.Hosting;

/// <summary>
/// The security headers of every answer, set when the answer starts so that error pages, problem+json, static files
/// and redirects get them too (docs/adr/011-security-headers.md):
/// <list type="bullet">
/// <item><c>X-Content-Type-Options: nosniff</c> and <c>Referrer-Policy: same-origin</c>;</item>
/// <item>a <c>Content-Security-Policy</c> that Blazor Server and MudBlazor work under: scripts only from the portal
/// itself plus the one inline import map, which carries this answer's nonce; styles also inline (MudBlazor writes
/// style attributes and its theme's &lt;style&gt;); the circuit's WebSocket to the portal itself;</item>
/// <item>no framing (<c>frame-ancestors 'none'</c>, <c>X-Frame-Options: DENY</c>), except <c>/wall</c>, which the
/// origins in <c>Portal:Wall:FrameAncestors</c> may embed (default: none);</item>
/// <item><c>Cache-Control: no-store</c> on the API and on CSV downloads: they carry figures.</item>
/// </list>
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "portal.csp-nonce";

    private const string Policy =
        "default-src 'self'; script-src 'self' 'nonce-{0}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {1}";

    /// <summary>The nonce of this answer's Content-Security-Policy, for the page's one inline script (the import map).</summary>
    public static string Nonce(HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders must come first in the pipeline.");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var wall = app.ApplicationServices.GetRequiredService<IOptions<WallOptions>>().Value;
        var wallAncestors = wall.FrameAncestors.Length == 0 ? "'none'" : string.Join(' ', wall.FrameAncestors);
        return app.Use((context, next) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // hex: no character the page would encode
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                Apply(context, nonce, wallAncestors);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Apply(HttpContext context, string nonce, string wallAncestors)
    {
        var headers = context.Response.Headers;
        var wall = IsWallPage(context);
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = string.Format(System.Globalization.CultureInfo.InvariantCulture, Policy, nonce,
            wall ? wallAncestors : "'none'");
        // For browsers without frame-ancestors; it cannot list origins, so an embeddable wall goes without (antiforgery
        // would otherwise have set SAMEORIGIN).
        if (wall && wallAncestors != "'none'") headers.Remove(HeaderNames.XFrameOptions);
        else headers.XFrameOptions = "DENY";
        if (CarriesFigures(context)) headers.CacheControl = "no-store";
    }

    /// <summary>The wall page itself (not its script under /Wall/…).</summary>
    private static bool IsWallPage(HttpContext context) => context.Request.Path.Equals("/wall", StringComparison.OrdinalIgnoreCase);

    private static bool CarriesFigures(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || context.Request.Path.Value?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true
        || context.Response.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;
}
