using Microsoft.AspNetCore.Components;

namespace Portal.Addresses;

/// <summary>
/// The portal's own addresses as the page is addressed (ADR 039): a library's portal lives under /l/{code}/ (its
/// base address), the default library's at /. A link made here stays in the library the page belongs to.
/// </summary>
public static class AppPaths
{
    /// <summary>"/kpi/x" as a path of this page's portal: unchanged for the default library, /l/{code}/kpi/x for another.</summary>
    public static string Under(this NavigationManager nav, string path) => new Uri(nav.BaseUri).AbsolutePath.TrimEnd('/') + path;

    /// <summary>The page's own address, its base included: where to come back to after signing in or switching language.</summary>
    public static string Here(this NavigationManager nav) => new Uri(nav.Uri).PathAndQuery;
}
