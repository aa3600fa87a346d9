using Portal.Addresses;
using Portal.Data.Entities;
using Portal.Data;

namespace Portal.Libraries;

/// <summary>
/// Which library an address names (ADR 039): <c>/l/{code}/…</c> is that library's portal (its pages, API, hub and
/// Blazor circuit, each at the path it has for the default library, under the path base <c>/l/{code}</c>), and
/// <c>/api/libraries/{code}/plans/{year}/…</c> its API at the path the default library's has. Every other address is
/// the default library's, exactly as before there were libraries. Sets <see cref="LibraryScope.Current"/> to the
/// addressed library; after sign-in, <see cref="LibraryScopeMiddleware"/> narrows what it sees to the user's. Runs
/// before routing, so the rest of the pipeline sees the path it always saw.
/// </summary>
public static class LibraryAddresses
{
    public const string Prefix = AppPaths.LibraryPrefix;
    public const string ApiPrefix = "/api/libraries";

    public static IApplicationBuilder UseLibraryAddresses(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var library = Library.DefaultId;
        var site = Named(request.Path, Prefix);
        var api = site is null ? Named(request.Path, ApiPrefix) : null;
        if ((site ?? api) is var (code, rest))
        {
            var tree = context.RequestServices.GetRequiredService<LibraryTree>();
            if (await tree.FindByCodeAsync(code, context.RequestAborted) is not { } found)
            {
                await LibraryResponses.UnknownAsync(context, code);
                return;
            }
            library = found.Id;
            if (site is not null)
            {
                request.PathBase = request.PathBase.Add(new PathString($"{Prefix}/{code}"));
                request.Path = rest.HasValue ? rest : "/";
            }
            else request.Path = new PathString("/api").Add(rest);
        }
        LibraryScope.Current = LibraryScope.Of(library);
        await next();
    });

    /// <summary>The code and the rest of <c>{prefix}/{code}/rest</c>; null when the path is not under the prefix.</summary>
    private static (string Code, PathString Remainder)? Named(PathString path, string prefix)
    {
        if (!path.StartsWithSegments(prefix, out var after) || !after.HasValue) return null;
        var value = after.Value!; // "/code/rest" or "/code"
        var slash = value.IndexOf('/', 1);
        var code = slash < 0 ? value[1..] : value[1..slash];
        return code.Length == 0 ? null : (code, slash < 0 ? PathString.Empty : new PathString(value[slash..]));
    }

    /// <summary>The code of the library a circuit's base address (…/l/{code}/) names; null for the default library's.</summary>
    public static string? CodeIn(string baseUri)
    {
        var path = new Uri(baseUri).AbsolutePath;
        return Named(new PathString(path.TrimEnd('/')), Prefix) is var (code, _) ? code : null;
    }
}
