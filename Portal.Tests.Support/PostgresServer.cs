namespace Portal.Tests.Support;

/// <summary>
/// The test run's shared PostgreSQL cluster (<see cref="PostgresCluster"/>), started by the first test that asks for
/// a database and stopped and deleted when the test process exits. Each portal in a test gets its own database
/// (<see cref="CreateDatabase"/>). Never stop this one: a test that needs an outage owns a cluster of its own.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<PostgresCluster> Cluster = new(Start);

    /// <summary>PORTAL_REQUIRE_POSTGRES=1 (CI): the PostgreSQL variants fail instead of being skipped.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("PORTAL_REQUIRE_POSTGRES") == "1";

    /// <summary>Whether the PostgreSQL variants run: PostgreSQL is installed, or required (and then fail loudly without it).</summary>
    public static bool Runs => BinDirectory is not null || Required;

    /// <summary>The newest installed server's bin folder, or null.</summary>
    public static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault()
        : null;

    public static string Admin => Cluster.Value.Admin;

    public static string CreateDatabase() => Cluster.Value.CreateDatabase();

    public static void DropDatabase(string connectionString) => Cluster.Value.DropDatabase(connectionString);

    private static PostgresCluster Start()
    {
        var cluster = new PostgresCluster();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }
}
