using System.Diagnostics;
using Npgsql;

namespace Portal.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for this test run, from Debian's postgresql package: initdb into a temporary
/// folder, started with pg_ctl on a Unix socket in that folder only (no TCP port to collide with), as the postgres
/// user when the tests run as root. Started by the first test that asks for a database; stopped and deleted when the
/// test process exits. Each portal in a test gets its own database (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public static class PostgresServer
{
    private const string User = "portal";
    private static readonly Lazy<string> Socket = new(Start);

    /// <summary>PORTAL_REQUIRE_POSTGRES=1 (CI): the PostgreSQL variants fail instead of being skipped.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("PORTAL_REQUIRE_POSTGRES") == "1";

    /// <summary>The newest installed server's bin folder, or null.</summary>
    public static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault()
        : null;

    public static string Admin => $"Host={Socket.Value};Username={User};Database=postgres;Pooling=false";

    public static string CreateDatabase()
    {
        var name = $"portal_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0");
        return $"Host={Socket.Value};Username={User};Database={name}";
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Admin);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    private static string Start()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or unset PORTAL_REQUIRE_POSTGRES.");
        var root = Path.Combine(Path.GetTempPath(), $"portal-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", "postgres:postgres", root); // initdb and postgres refuse to run as root
        var data = Path.Combine(root, "data");
        Run(bin, asRoot, "initdb", "-D", data, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        Run(bin, asRoot, "pg_ctl", "-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-c listen_addresses='' -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(bin, asRoot, "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            Directory.Delete(root, recursive: true);
        };
        return root;
    }

    private static void Run(string bin, bool asRoot, string tool, params string[] args) =>
        Run(asRoot ? "runuser" : Path.Combine(bin, tool), asRoot ? ["-u", "postgres", "--", Path.Combine(bin, tool), .. args] : args);

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {error}{output.Result}");
    }
}
