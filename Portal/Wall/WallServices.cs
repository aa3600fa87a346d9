using Microsoft.Extensions.Options;

namespace Portal.Wall;

public static class WallServices
{
    public static IServiceCollection AddWall(this IServiceCollection services)
    {
        services.AddOptions<WallOptions>().BindConfiguration(WallOptions.Section)
            .PostConfigure(o => o.ApplyDefaults()).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WallOptions>, WallOptionsValidation>();
        services.AddSingleton<IPeopleNames, PeopleNames>();
        return services;
    }
}
