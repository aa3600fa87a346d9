using Microsoft.Extensions.Options;
using Portal.Configuration;

namespace Portal.Hosting;

/// <summary>
/// What a load balancer and an operator need from each instance (ADR 018): every answer names the instance in
/// X-Portal-Instance, and the anonymous /healthz says the process is up and serving, without touching the database.
/// </summary>
public static class InstanceEndpoints
{
    public const string Header = "X-Portal-Instance";
    public const string HealthRoute = "/healthz";

    /// <summary>First in the pipeline, next to the security headers: error pages and refusals carry the name too.</summary>
    public static IApplicationBuilder UseInstanceHeader(this IApplicationBuilder app)
    {
        var name = app.ApplicationServices.GetRequiredService<IOptions<PortalOptions>>().Value.InstanceNameOrMachine();
        return app.Use((context, next) =>
        {
            context.Response.Headers[Header] = name;
            return next(context);
        });
    }

    /// <summary>
    /// Open to anyone (the load balancer has no account) and cheap: no database, no plan store. A database outage
    /// affects every instance alike, so taking instances out of rotation for it would not help.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var name = app.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value.InstanceNameOrMachine();
        app.MapGet(HealthRoute, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Results.Json(new HealthDto("ok", name));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    public sealed record HealthDto(string Status, string Instance);
}
