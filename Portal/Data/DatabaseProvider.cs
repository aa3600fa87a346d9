using Portal.Configuration;

namespace Portal.Data;

/// <summary>
/// Which database the portal runs on, from Database:Provider (ADR 017): SQLite, the embedded default, or
/// PostgreSQL for several servers.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviders
{
    public const string ConfigurationKey = "Database:Provider";

    /// <summary>The configured provider; anything but sqlite or postgres (any case) stops the start with a message.</summary>
    public static DatabaseProvider From(IConfiguration configuration) => configuration[ConfigurationKey]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        var other => throw new PortalConfigurationException(
            DataMessages.Text.Format("Provider.Unknown", other)),
    };
}
