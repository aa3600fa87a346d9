using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

/// <summary>One of several portal instances that share one database, as behind a load balancer.</summary>
public sealed class InstanceFactory(SharedDatabase database, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Portal", database.ConnectionString);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}

/// <summary>A SQLite file for several instances; deleted when disposed.</summary>
public sealed class SharedDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"portal-shared-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_path + suffix);
    }
}
