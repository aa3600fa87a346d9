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
        services.AddSingleton<PlanStores>();
        // The store of the library the request or circuit addresses (LibraryScope.Library, ADR 039).
        services.AddScoped(sp => sp.GetRequiredService<PlanStores>().For(Data.LibraryScope.Current.Library));
        services.AddChangeBus(configuration);
        return services;
    }
}
