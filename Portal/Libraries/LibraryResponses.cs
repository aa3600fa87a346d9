using Portal.Accounts;
using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>The answer to an address of a library the user cannot see: 404, naming both libraries.</summary>
internal static class LibraryResponses
{
    public static async Task NotFoundAsync(HttpContext context)
    {
        var tree = context.RequestServices.GetRequiredService<LibraryTree>();
        var page = await tree.FindAsync(Library.DefaultId, context.RequestAborted);
        var own = await tree.FindAsync(context.User.LibraryOf(), context.RequestAborted);
        await AccessResponses.NotFoundAsync(context, LibraryMessages.Text["NotHere.Title"],
            LibraryMessages.Text.Format("NotHere.Body", page?.Name ?? "", own?.Name ?? ""));
    }
}
