using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Portal.Hosting;

namespace Portal.Benchmarks;

/// <summary>The portal's own services on a SQLite file of their own, for the benchmarks that run them (no web server started).</summary>
public sealed class SqlitePortal : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"portal-bench-{Guid.NewGuid():N}.db");

    public SqlitePortal()
    {
        var builder = WebApplication.CreateBuilder(["--ConnectionStrings:Portal", $"Data Source={_db}"]);
        builder.AddPortal();
        builder.Logging.ClearProviders();
        App = builder.Build();
        App.InitializePortalAsync().GetAwaiter().GetResult();
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public void Dispose()
    {
        App.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_db + suffix);
    }
}
