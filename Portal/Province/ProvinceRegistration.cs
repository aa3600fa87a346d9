namespace Portal.Province;

public static class ProvinceRegistration
{
    /// <summary>The province page's reader and export (ADR 041), and the live roll-ups of the page and the wall (ADR 044).</summary>
    public static IServiceCollection AddProvince(this IServiceCollection services)
    {
        services.AddSingleton<ProvinceReader>();
        services.AddSingleton<ProvinceExport>();
        services.AddSingleton<IProvinceRollUps, ProvinceRollUps>();
        return services;
    }
}
