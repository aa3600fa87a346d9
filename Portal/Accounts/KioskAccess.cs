using Microsoft.AspNetCore.Components;

namespace Portal.Accounts;

/// <summary>
/// The one list of what a kiosk (wall token) may open: the wall page, the dashboard hub, and the Blazor circuit
/// and framework files the wall needs. Everything else answers 403 to a kiosk. Paths, not page types, so that
/// the wall and hub built on other branches are covered without an attribute of ours on them.
/// </summary>
public static class KioskAccess
{
    public const string WallPath = "/wall";
    public const string HubPath = "/hubs/dashboard";
    private static readonly string[] CircuitPaths = ["/_blazor", "/_framework"];

    /// <summary>Where a kiosk token may arrive as ?token=… (the entry points a TV or a hub client opens).</summary>
    public static bool AcceptsQueryToken(PathString path) =>
        path.StartsWithSegments(WallPath) || path.StartsWithSegments(HubPath);

    public static bool Allows(PathString path) =>
        AcceptsQueryToken(path) || CircuitPaths.Any(p => path.StartsWithSegments(p));

    /// <summary>For navigation inside a circuit, where there is no request path: the page's own routes.</summary>
    public static bool AllowsPage(Type pageType) =>
        pageType.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>()
            .Any(r => Allows(new PathString("/" + r.Template.TrimStart('/'))));
}
