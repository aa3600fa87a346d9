using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Portal.Api;

/// <summary>The JSON API under /api: for automated feeds (the ILS, gate counters) and for tests.</summary>
public static class ApiEndpoints
{
    public static IServiceCollection AddPortalApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // Chinese stays readable in the JSON, while < > & are still escaped, so a note is never live markup.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        return services;
    }

    /// <summary>Register after the HTML status-code pages, so that /api answers problem+json instead.</summary>
    public static IApplicationBuilder UsePortalApiErrors(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<ApiErrorMiddleware>());

    public static WebApplication MapPortalApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").DisableAntiforgery();
        api.MapPlans();
        api.MapFigures();
        api.MapFigureWrites();
        api.MapCsv();
        api.MapEntrySheets();
        api.MapAudit();
        return app;
    }
}
