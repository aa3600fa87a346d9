using System.Globalization;
using System.Net;

namespace Portal.Hosting;

/// <summary>
/// Checks the query values every page shares (year, month, asOf) before a page sees them, in one place: a page binds
/// them as numbers, and Blazor answers a value it cannot parse ("?year=abc", a value given twice) with a 500. Such a
/// value gets a 400 with a Chinese page that names it, says what is allowed and links to the page without it. A
/// whole number that names nothing (?year=2015 unpublished, ?month=13) is explained by PlanQueryGuard. The API
/// checks its own values and answers problem+json.
/// </summary>
public static class PageQueryGuard
{
    private static readonly (string Name, string What)[] Rules =
    [
        ("year", "Query.year"),
        ("month", "Query.month"),
        ("asOf", "Query.asOf"),
    ];

    public static IApplicationBuilder UsePageQueryGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsPageRequest(context.Request) && Refusal(context.Request.Query) is { } refusal)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(refusal, context.Request), context.RequestAborted);
            return;
        }
        await next(context);
    });

    private static bool IsPageRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/hubs")
        && request.Path.Value?.StartsWith("/_", StringComparison.Ordinal) != true;

    private static (string Name, string Value, string What)? Refusal(IQueryCollection query)
    {
        foreach (var (name, what) in Rules)
        {
            if (!query.TryGetValue(name, out var values) || values.Count == 0) continue;
            var value = values.ToString();
            if (values.Count > 1 || !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                return (name, value, what);
        }
        return null;
    }

    private static string Page((string Name, string Value, string What) refusal, HttpRequest request)
    {
        var (name, value, what) = refusal;
        var shown = value.Length <= 40 ? value : value[..40] + "…";
        return Shell(HostingMessages.Text["Query.Heading"],
            HostingMessages.Text.Format("Query.Wrong", WebUtility.HtmlEncode(name), WebUtility.HtmlEncode(HostingMessages.Text[what]), WebUtility.HtmlEncode(shown)) +
            HostingMessages.Text.Format("Query.OpenWithout", WebUtility.HtmlEncode(Without(request, name))));
    }

    /// <summary>
    /// The address of this page (under its library's path base) with <paramref name="name"/> left out of the query, or set
    /// to <paramref name="value"/>.
    /// </summary>
    internal static string Without(HttpRequest request, string name, string? value = null)
    {
        var query = request.Query.Where(q => q.Key != name).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}").ToList();
        if (value is not null) query.Insert(0, $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
        return request.PathBase + request.Path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    /// <summary>The plain page these explanations share; <paramref name="body"/> is HTML already encoded.</summary>
    internal static string Shell(string heading, string body) => $"""
        <!DOCTYPE html>
        <html lang="{HostingMessages.Text["Page.Lang"]}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(HostingMessages.Text["Page.Title"])}</title></head>
        <body style="font-family:sans-serif;margin:3rem">
        <h1>{WebUtility.HtmlEncode(heading)}</h1>
        {body}
        </body></html>
        """;
}
