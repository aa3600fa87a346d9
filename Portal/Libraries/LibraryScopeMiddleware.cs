using Microsoft.AspNetCore.Authorization;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>
/// Narrows each signed-in request's <see cref="LibraryScope"/> once, to what the user's library sees (ADR 039):
/// every context the request makes filters by it. An address of a library the user cannot see (see
/// <see cref="LibraryAddresses"/>) answers 404, as anything that is not theirs to see. Sign-in, sign-out and the
/// language switch belong to no library.
/// </summary>
public static class LibraryScopeMiddleware
{
    public static IApplicationBuilder UseLibraryScopes(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.IsSignedIn())
        {
            var scope = await context.RequestServices.GetRequiredService<LibraryTree>()
                .ScopeForAsync(context.User.LibraryOf(), LibraryScope.Current.Library, context.RequestAborted);
            LibraryScope.Current = scope;
            context.User = LibraryRoles.AtAddress(context.User, scope); // read-only in a library below the user's own
            if (!scope.Sees(scope.Library) && !BelongsToNoLibrary(context))
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
