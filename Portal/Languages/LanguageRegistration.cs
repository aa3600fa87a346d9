using Microsoft.AspNetCore.Localization;
using MudBlazor;

namespace Portal.Languages;

public static class LanguageRegistration
{
    public static IServiceCollection AddPortalLanguages(this IServiceCollection services)
    {
        services.AddTransient<MudLocalizer, PortalMudLocalizer>();
        services.AddScoped<AccountLanguage>();
        return services;
    }

    /// <summary>
    /// The request's language: ?lang= first (and kept in the cookie, because the circuit's own request to /_blazor
    /// carries no query), then the culture cookie, then Chinese. The browser's Accept-Language is not asked: the
    /// portal is Chinese unless someone chooses English (ADR 036).
    /// </summary>
    public static IApplicationBuilder UsePortalLanguages(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(PortalCultures.Chinese)
            .AddSupportedCultures([.. PortalCultures.Supported])
            .AddSupportedUICultures([.. PortalCultures.Supported]);
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
            new CookieRequestCultureProvider(),
        ];
        app.UseRequestLocalization(options);
        return app.Use((http, next) =>
        {
            if (PortalCultures.Normalize(http.Request.Query[QueryKey]) is { } asked && asked != LanguageCookie.Read(http)) LanguageCookie.Append(http, asked);
            return next(http);
        });
    }

    public const string QueryKey = "lang";
}
