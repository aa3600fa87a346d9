using Microsoft.EntityFrameworkCore;
using Portal.Configuration;

namespace Portal.Data;

/// <summary>
/// The <see cref="PortalDbContext"/> on the configured provider (ADR 017). SQLite gets its pragmas and the
/// background WAL checkpointer (ADR 009); PostgreSQL needs neither.
/// </summary>
public static class DatabaseRegistration
{
    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var connectionString = builder.Configuration.GetConnectionString("Portal");
        // Pooled: a request reuses a context instead of building one and its options (a tenth of a save's cost).
        if (DatabaseProviders.From(builder.Configuration) == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new PortalConfigurationException(
                    "使用 PostgreSQL 时须提供 ConnectionStrings:Portal，例如 \"Host=localhost;Database=portal;Username=portal;Password=…\"。");
            var postgres = Parsed(() => PostgresConnections.Tuned(connectionString),
                "不是有效的 PostgreSQL 连接字符串", "\"Host=localhost;Database=portal;Username=portal;Password=…\"");
            services.AddDbContextPool<PortalDbContext>(o => o.UseNpgsql(postgres).UseProviderMigrations());
            return;
        }
        var pragmas = new SqlitePragmas(
            builder.Configuration[$"{PortalOptions.Section}:{nameof(PortalOptions.SqliteSynchronous)}"] ?? new PortalOptions().SqliteSynchronous);
        var sqlite = SqliteConnectionString(builder, connectionString);
        services.AddDbContextPool<PortalDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(pragmas)
            .UseProviderMigrations());
        services.AddHostedService<SqliteCheckpointer>();
    }

    /// <summary>A relative SQLite path is taken from the content root, so `dotnet run` always finds the same file.</summary>
    private static string SqliteConnectionString(WebApplicationBuilder builder, string? configured)
    {
        var cs = Parsed(() => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured ?? "Data Source=portal.db"),
            $"“{configured}”不是有效的 SQLite 连接字符串", "\"Data Source=portal.db\"");
        if (!Path.IsPathRooted(cs.DataSource) && cs.DataSource != ":memory:")
            cs.DataSource = Path.Combine(builder.Environment.ContentRootPath, cs.DataSource);
        return cs.ToString();
    }

    /// <summary>A connection string the provider cannot parse stops the start with what to write instead. A
    /// PostgreSQL one is not repeated: it may hold a password.</summary>
    private static T Parsed<T>(Func<T> parse, string what, string example)
    {
        try
        {
            return parse();
        }
        catch (ArgumentException e)
        {
            throw new PortalConfigurationException($"ConnectionStrings:Portal {what}（{e.Message}）。请写成 {example} 这样的形式。", e);
        }
    }
}
