using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Portal.Accounts;

namespace Portal.IntegrationTests.Accessibility;

/// <summary>One page of the app as a test visits it: its @page template, a real address and who may open it.</summary>
public sealed record PortalRoute(string Template, string Path, string[]? Roles, bool Anonymous)
{
    public bool VisibleTo(string role) => !Anonymous && (Roles is null || Roles.Contains(role));

    public override string ToString() => Path;
}

/// <summary>
/// Every routable component of Portal, found through its @page directives, so that a page added later is checked
/// without anyone listing it. A parameter gets a real value from the demo data (a template it cannot fill fails).
/// </summary>
public static class PortalRoutes
{
    public static IReadOnlyList<PortalRoute> All(int draftId) =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => Route(t, r.Template, draftId)))
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToList();

    private static PortalRoute Route(Type page, string template, int draftId)
    {
        var roles = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true)
            .Select(a => a.Roles).OfType<string>().SelectMany(r => r.Split(',', StringSplitOptions.TrimEntries)).ToArray();
        var anonymous = page.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is not null;
        return new PortalRoute(template, Fill(template, draftId), roles.Length == 0 ? null : roles, anonymous);
    }

    private static string Fill(string template, int draftId) => template switch
    {
        "/divisions/{Code}" => "/divisions/reader-services",
        "/kpi/{Code}" => "/kpi/circulation.loans",
        "/plans/new/{Id:int}" => $"/plans/new/{draftId}",
        "/entry" => "/entry?year=2013&division=reader-services&month=10",
        "/reporting" => "/reporting?year=2013&month=10",
        _ when template.Contains('{') => throw new InvalidOperationException(
            $"The page {template} has a parameter the accessibility test cannot fill: add a real value in {nameof(PortalRoutes)}.{nameof(Fill)}."),
        _ => template,
    };

    /// <summary>The roles a page is checked for; TeamLead and Staff belong to 读者服务部, as the demo accounts do.</summary>
    public static readonly string[] Roles =
        [PortalRoles.Admin, PortalRoles.Director, PortalRoles.TeamLead, PortalRoles.Staff, PortalRoles.Viewer];
}
