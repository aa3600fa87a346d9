using System.Diagnostics;
using Npgsql;

namespace Portal.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's postgresql package: initdb into a temporary folder, started with
/// pg_ctl on a Unix socket in that folder only (no TCP port to collide with), as the postgres user when the tests
/// run as root. The test run shares one (<see cref="PostgresServer"/>); a test that stops the server (an outage)
/// owns one of its own, which it can <see cref="Stop"/> and <see cref="Start"/> again on the same socket and data.
/// Dispose stops it and deletes the folder.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string User = "portal";

    /// <summary>
    /// The role the portal connects as: not a superuser (a superuser bypasses row-level security, ADR 039), the owner
    /// of each test database, allowed to create one (a restore's new database).
    /// </summary>
    public const string AppUser = "portal_app";
    private readonly string _bin;
    private readonly bool _asRoot = Environment.UserName == "root";
    private readonly string _data;

    public PostgresCluster()
    {
        _bin = PostgresServer.BinDirectory ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or unset PORTAL_REQUIRE_POSTGRES.");
        Socket = Path.Combine(Path.GetTempPath(), $"portal-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Socket);
        if (_asRoot) Run("chown", "postgres:postgres", Socket); // initdb and postgres refuse to run as root
        _data = Path.Combine(Socket, "data");
        Tool("initdb", "-D", _data, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        Start();
        Execute($"CREATE ROLE {AppUser} LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB");
    }

    /// <summary>The folder of the server's Unix socket (the Host of a connection string).</summary>
    public string Socket { get; }

    public bool Running { get; private set; }

    public string Admin => $"Host={Socket};Username={User};Database=postgres;Pooling=false";

    /// <summary>Starts the server (again) and returns once it accepts connections.</summary>
    public void Start()
    {
        Tool("pg_ctl", "-D", _data, "-l", Path.Combine(Socket, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-c listen_addresses='' -k {Socket} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        Running = true;
    }

    /// <summary>`pg_ctl stop -m fast`: open transactions are rolled back, connections closed; returns once it is down.</summary>
    public void Stop()
    {
        Tool("pg_ctl", "-D", _data, "-m", "fast", "-w", "-t", "60", "stop");
        Running = false;
    }

    public string CreateDatabase()
    {
        var name = $"portal_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\" OWNER {AppUser} ENCODING 'UTF8' TEMPLATE template0");
        return $"Host={Socket};Username={AppUser};Database={name}";
    }

    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        if (Running) Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Admin);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (!Directory.Exists(_data)) return;
        if (Running) Tool("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
        Running = false;
        Directory.Delete(Socket, recursive: true);
    }

    private void Tool(string tool, params string[] args) =>
        Run(_asRoot ? "runuser" : Path.Combine(_bin, tool), _asRoot ? ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args] : args);

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
