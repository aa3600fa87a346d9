using Portal.Configuration;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Portal.Hosting;

namespace Portal.Hubs;

public static class HubRegistration
{
    /// <summary>The hub for external clients and its throttled broadcaster, a consumer of the live feed.</summary>
    public static IServiceCollection AddDashboardHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveOptions>(configuration.GetSection(LiveOptions.Section));
        services.AddSignalR();
        // DashboardChanged must be exactly the JSON of GET /api/plans/{year}/dashboard, so the hub serialises with
        // the minimal API's settings, whatever they are configured to.
        services.AddOptions<JsonHubProtocolOptions>().Configure<IOptions<JsonOptions>>(
            (hub, api) => hub.PayloadSerializerOptions = new JsonSerializerOptions(api.Value.SerializerOptions));
        services.AddSingleton<DashboardPublisher>();
        services.AddHostedService<ChangeBroadcaster>();
        return services;
    }

    public static WebApplication MapDashboardHub(this WebApplication app)
    {
        app.MapHub<DashboardHub>(DashboardHub.Route);
        if (app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.Benchmarks) app.MapLiveBenchmarks();
        return app;
    }
}
