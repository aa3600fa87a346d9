using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Plans;

namespace Portal.Tests.Support;

/// <summary>
/// The real portal on a fresh SQLite file of its own: migrations, the 2013 seed plan, and (with demo) the demo
/// figures, exactly as `dotnet run` starts it. With a clock (a FakeTimeProvider) the whole app runs on it.
/// Dispose deletes the database unless it was given (another instance on the same file owns it). Settings override
/// appsettings.json. Accounts, tokens and signed-in clients: see <see cref="TestAccounts"/>.
/// </summary>
public class PortalFactory(bool demo = false, TimeProvider? clock = null, string? database = null,
    IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _dbPath = database ?? NewDatabasePath();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"portal-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_dbPath}";

    public PlanState Plan2013 => Services.GetRequiredService<PlanStore>().Find(2013)
        ?? throw new InvalidOperationException("The 2013 plan was not loaded.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
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
        SqliteConnection.ClearAllPools();
        if (database is not null) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_dbPath + suffix);
    }
}
