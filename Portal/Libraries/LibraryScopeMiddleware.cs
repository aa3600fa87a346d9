using Microsoft.AspNetCore.Authorization;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>
/// Sets each signed-in request's <see cref="LibraryScope"/> once, from the user's library (ADR 039): every context
/// the request makes filters by it. The portal's addresses without a library in them belong to the default
/// library; a user who cannot see that library gets 404 there, as for anything that is not theirs to see. Sign-in,
/// sign-out and the language switch belong to no library.
/// </summary>
public static class LibraryScopeMiddleware
{
    public static IApplicationBuilder UseLibraryScopes(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.IsSignedIn())
        {
            var scope = await context.RequestServices.GetRequiredService<LibraryTree>().ScopeForAsync(context.User.LibraryOf(), context.RequestAborted);
            LibraryScope.Current = scope;
            if (!scope.Sees(Library.DefaultId) && !BelongsToNoLibrary(context))
            {
                await LibraryResponses.NotFoundAsync(context);
                return;
            }
        }
        await next();
    });

    private static bool BelongsToNoLibrary(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
        || context.Request.Path.StartsWithSegments("/account")
        || context.Request.Path.StartsWithSegments("/_framework")
        || context.Request.Path.StartsWithSegments("/_content");
}
