using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Data;
using Portal.Live;
using Portal.Plans;

namespace Portal.Tests.Support;

/// <summary>
/// The real portal on a fresh database of its own (a SQLite file, or with <paramref name="provider"/> Postgres a
/// database on the test run's PostgreSQL server): migrations, the 2013 seed plan, and (with demo) the demo figures,
/// exactly as `dotnet run` starts it. With a clock (a FakeTimeProvider) the whole app runs on it. A given SQLite
/// <paramref name="database"/> path or <paramref name="shared"/> database (another instance on the same data) is left
/// to its owner; otherwise Dispose deletes it. Settings override appsettings.json. Accounts, tokens and signed-in
/// clients: see <see cref="TestAccounts"/>.
/// </summary>
public class PortalFactory(bool demo = false, TimeProvider? clock = null, string? database = null,
    IReadOnlyDictionary<string, string?>? settings = null, DatabaseProvider provider = DatabaseProvider.Sqlite,
    TestDatabase? shared = null) : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = shared
        ?? (database is not null ? TestDatabase.SqliteAt(database) : TestDatabase.Create(provider));

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"portal-test-{Guid.NewGuid():N}.db");

    public DatabaseProvider Provider => _database.Provider;

    public string ConnectionString => _database.ConnectionString;

    public PlanState Plan2013 => Services.GetRequiredService<PlanStores>().Default.Find(2013)
        ?? throw new InvalidOperationException("The 2013 plan was not loaded.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting(DatabaseProviders.ConfigurationKey, Provider.ToString().ToLowerInvariant());
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Portal:Demo", demo ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (clock is not null) builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(clock)));
    }

    /// <summary>A scope for resolving scoped services (DbContext, FigureService) in a test.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (shared is null && database is null) _database.Dispose();
        else Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
