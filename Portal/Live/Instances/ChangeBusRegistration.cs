using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Live.Instances;

public static class ChangeBusRegistration
{
    /// <summary>Redis pub/sub when "Redis:Connection" is set (several instances), in-process otherwise.</summary>
    public static IServiceCollection AddChangeBus(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration["Redis:Connection"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<InProcessChangeNetwork>();
            services.AddSingleton<IChangeBus, InProcessChangeBus>();
        }
        else
        {
            services.AddSingleton<IChangeBus>(sp => new RedisChangeBus(redis, sp.GetRequiredService<ILogger<RedisChangeBus>>()));
        }
        services.AddSingleton<StoreResync>();
        services.AddSingleton<ResyncRequests>();
        services.AddHostedService<ChangeRelay>();
        return services;
    }
}
