using Microsoft.AspNetCore.DataProtection;

namespace Portal.Data;

/// <summary>
/// ASP.NET Core Data Protection keys in the portal's database, under one fixed application name, so that the login
/// cookie, antiforgery tokens and Blazor's protected state issued by one instance are read by every other (ADR 018).
/// </summary>
public static class DataProtectionRegistration
{
    public const string ApplicationName = "WorkPlanPortal";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<PortalDbContext>();
        return services;
    }

    /// <summary>
    /// Loads the key ring (creating the first key on an empty database) at start-up, after the migrations, instead
    /// of at the first request: an instance started after the first one then reads that key rather than racing to
    /// create its own.
    /// </summary>
    public static void LoadDataProtectionKeys(this IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Portal.StartUp").Protect([0]);
}
