using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Addresses;

/// <summary>
/// The portal's own addresses as the page is addressed (ADR 039): a library's portal lives under /l/{code}/ (its
/// base address), the default library's at /. A link made here stays in the library the page belongs to.
/// </summary>
public static class AppPaths
{
    /// <summary>The first segment of every library's own addresses: /l/{code}/….</summary>
    public const string LibraryPrefix = "/l";

    /// <summary>Where a library's portal lives: "" for the default library, /l/{code} for another.</summary>
    public static string BaseOf(int library, string code) => library == Library.DefaultId ? "" : $"{LibraryPrefix}/{code}";

    /// <summary>
    /// Where the portal of the library <paramref name="db"/> addresses lives (see <see cref="BaseOf"/>): for links made
    /// away from a page, such as the reminders' e-mails and the bell's notices.
    /// </summary>
    public static async Task<string> BaseOfAsync(PortalDbContext db, CancellationToken ct = default)
    {
        var library = LibraryScope.Current.Library;
        return library == Library.DefaultId ? "" : BaseOf(library, await db.Libraries.Where(l => l.Id == library).Select(l => l.Code).SingleAsync(ct));
    }

    /// <summary>"/kpi/x" as a path of this page's portal: unchanged for the default library, /l/{code}/kpi/x for another.</summary>
    public static string Under(this NavigationManager nav, string path) => new Uri(nav.BaseUri).AbsolutePath.TrimEnd('/') + path;

    /// <summary>The page's own address, its base included: where to come back to after signing in or switching language.</summary>
    public static string Here(this NavigationManager nav) => new Uri(nav.Uri).PathAndQuery;
}
