using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Portal.Configuration;
using Portal.Live.Instances;

namespace Portal.Live;

public static class LiveRegistration
{
    /// <summary>The hub for external clients, its throttled broadcaster and the bus to other instances.</summary>
    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveOptions>(configuration.GetSection(LiveOptions.Section));
        services.AddSignalR();
        // DashboardChanged must be exactly the JSON of GET /api/plans/{year}/dashboard, so the hub serialises with
        // the minimal API's settings, whatever they are configured to.
        services.AddOptions<JsonHubProtocolOptions>().Configure<IOptions<JsonOptions>>(
            (hub, api) => hub.PayloadSerializerOptions = new JsonSerializerOptions(api.Value.SerializerOptions));
        services.AddSingleton<DashboardPublisher>();
        services.AddHostedService<ChangeBroadcaster>();
        services.AddChangeBus(configuration);
        return services;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<DashboardHub>(DashboardHub.Route);
        if (app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.Benchmarks) app.MapLiveBenchmarks();
        return app;
    }
}
