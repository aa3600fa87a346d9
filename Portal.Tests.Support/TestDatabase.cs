using Microsoft.Data.Sqlite;
using Portal.Data;

namespace Portal.Tests.Support;

/// <summary>
/// A fresh, empty database of its own for one portal (or several instances): a SQLite file in the temp folder, or a
/// database in the test run's <see cref="PostgresServer"/> (or in a cluster a test owns, <see cref="On"/>). Dispose deletes it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly PostgresCluster? _cluster;

    private TestDatabase(DatabaseProvider provider, string connectionString, PostgresCluster? cluster = null) =>
        (Provider, ConnectionString, _cluster) = (provider, connectionString, cluster);

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static TestDatabase Create(DatabaseProvider provider = DatabaseProvider.Sqlite) => provider == DatabaseProvider.Postgres
        ? new(provider, PostgresServer.CreateDatabase())
        : SqliteAt(PortalFactory.NewDatabasePath());

    /// <summary>A database in a PostgreSQL cluster the test owns (one it stops and starts for an outage).</summary>
    public static TestDatabase On(PostgresCluster cluster) => new(DatabaseProvider.Postgres, cluster.CreateDatabase(), cluster);

    /// <summary>A SQLite file at a path of the caller's choosing (several hosts in turn on one file).</summary>
    public static TestDatabase SqliteAt(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}");

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            if (_cluster is not null) _cluster.DropDatabase(ConnectionString);
            else PostgresServer.DropDatabase(ConnectionString);
            return;
        }
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }
}
