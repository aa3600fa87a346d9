namespace Portal.Province;

public static class ProvinceRegistration
{
    /// <summary>The province page's reader and export (ADR 041).</summary>
    public static IServiceCollection AddProvince(this IServiceCollection services)
    {
        services.AddSingleton<ProvinceReader>();
        services.AddSingleton<ProvinceExport>();
        return services;
    }
}
