using Portal.Backups.Export;

namespace Portal.Backups;

public static class BackupRegistration
{
    /// <summary>Backups (command and daily), restore, and the library's export and import (ADR 029).</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<DatabaseRestore>();
        services.AddSingleton<BackupCycle>();
        services.AddHostedService<BackupService>();
        services.AddScoped<BackupStatus>();
        services.AddScoped<LibraryExport>();
        services.AddScoped<LibraryImport>();
        return services;
    }
}
