using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Portal.Configuration;
using Portal.Live.Instances;

namespace Portal.Live;

public static class LiveRegistration
{
    /// <summary>The live state of this server (store and feed) and the bus that links it to other instances.</summary>
    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PlanFeed>();
        services.AddSingleton<PlanStore>();
        services.AddChangeBus(configuration);
        return services;
    }
}
