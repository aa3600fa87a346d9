using Portal.Accounts;
using Portal.Addresses;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>The answer to an address of a library the user cannot see: 404, naming both libraries.</summary>
internal static class LibraryResponses
{
    public static async Task NotFoundAsync(HttpContext context)
    {
        var tree = context.RequestServices.GetRequiredService<LibraryTree>();
        var page = await tree.FindAsync(Data.LibraryScope.Current.Library, context.RequestAborted);
        var own = await tree.FindAsync(context.User.LibraryOf(), context.RequestAborted);
        await AccessResponses.NotFoundAsync(context, LibraryMessages.Text["NotHere.Title"],
            LibraryMessages.Text.Format("NotHere.Body", page?.Name ?? "", own?.Name ?? ""), HomeOf(own));
    }

    /// <summary>A library's home page: / for the default library, /l/{code}/ for another.</summary>
    public static string HomeOf(Library? library) =>
        library is null ? "/" : AppPaths.BaseOf(library.Id, library.Code) + "/";

    public static Task UnknownAsync(HttpContext context, string code) =>
        AccessResponses.NotFoundAsync(context, LibraryMessages.Text["NotHere.Title"], LibraryMessages.Text.Format("Unknown.Body", code));
}
