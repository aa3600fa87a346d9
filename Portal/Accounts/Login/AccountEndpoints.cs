using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Accounts.Login;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout: a form post (with the anti-forgery token) that ends the session.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // [FromForm] makes the endpoint validate the anti-forgery token of the form.
        app.MapPost("/account/logout", async (HttpContext context, [FromForm] string? returnUrl) =>
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.LocalRedirect("/login");
        });
        return app;
    }
}
