using Microsoft.EntityFrameworkCore;
using Portal.Configuration;

namespace Portal.Data;

/// <summary>
/// The <see cref="PortalDbContext"/> on the configured provider (ADR 017). SQLite gets its pragmas and the
/// background WAL checkpointer (ADR 009); PostgreSQL needs neither. Services make their contexts with the
/// <see cref="IDbContextFactory{TContext}"/> (ADR 031); the scoped context, for Identity's stores, the key ring and
/// the commands, comes from the same pool with the same options.
/// </summary>
public static class DatabaseRegistration
{
    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var connectionString = builder.Configuration.GetConnectionString("Portal");
        if (DatabaseProviders.From(builder.Configuration) == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new PortalConfigurationException(
                    DataMessages.Text["Postgres.NoConnection"]);
            var postgres = Parsed(() => PostgresConnections.Tuned(connectionString),
                DataMessages.Text["Postgres.Invalid"], "\"Host=localhost;Database=portal;Username=portal;Password=…\"");
            AddContexts(services, o => o.UseNpgsql(postgres).UseProviderMigrations());
            return;
        }
        var pragmas = new SqlitePragmas(
            builder.Configuration[$"{PortalOptions.Section}:{nameof(PortalOptions.SqliteSynchronous)}"] ?? new PortalOptions().SqliteSynchronous);
        var sqlite = SqliteConnectionString(builder, connectionString);
        AddContexts(services, o => o.UseSqlite(sqlite).AddInterceptors(pragmas).UseProviderMigrations());
        services.AddHostedService<SqliteCheckpointer>();
    }

    /// <summary>
    /// Pooled: a context is reused instead of built with its options (a tenth of a save's cost). A scope's context is
    /// made by the same factory, with the same library scope (ADR 039), and goes back to the pool when the scope ends.
    /// </summary>
    private static void AddContexts(IServiceCollection services, Action<DbContextOptionsBuilder> options)
    {
        services.AddPooledDbContextFactory<PortalDbContext>(options);
        LibraryContexts.Register(services); // in the pool's place: every context gets the library scope
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddSingleton<LibraryTree>(); // read through the factory, so it is registered with it
    }

    /// <summary>A relative SQLite path is taken from the content root, so `dotnet run` always finds the same file.</summary>
    private static string SqliteConnectionString(WebApplicationBuilder builder, string? configured)
    {
        var cs = Parsed(() => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured ?? "Data Source=portal.db"),
            DataMessages.Text.Format("Sqlite.Invalid", configured), "\"Data Source=portal.db\"");
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
            throw new PortalConfigurationException(DataMessages.Text.Format("Connection.Invalid", what, e.Message, example), e);
        }
    }
}
