using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Hardening;

/// <summary>
/// The portal as a real child process (`dotnet Portal.dll`) on a free loopback port with a database of its own (a
/// SQLite file, or a database in the test run's PostgreSQL server), so that a test can kill it with SIGKILL and start
/// it again on the same database. SQLite's background checkpoints are off, so that its write-ahead log only grows
/// while a transaction is written.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private readonly TestDatabase _db;
    private Process? _process;
    private NpgsqlConnection? _watch;

    private PortalProcess(DatabaseProvider provider) => _db = TestDatabase.Create(provider);

    public int Port { get; } = FreePort();
    public HttpClient Client { get; private set; } = null!;

    public static async Task<PortalProcess> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var portal = new PortalProcess(provider);
        await portal.RunCommandAsync("user", "add", "fault-feed", "--role", "Admin", "--display-name", "断电测试");
        var token = (await portal.RunCommandAsync("token", "create", "fault-feed")).Trim().Split('\n')[^1].Trim();
        Assert.StartsWith("wpa_", token);
        portal.Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portal.Port}"), Timeout = TimeSpan.FromMinutes(2) };
        portal.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await portal.StartAgainAsync();
        return portal;
    }

    /// <summary>Starts the server and waits until it answers an authenticated call.</summary>
    public async Task StartAgainAsync()
    {
        if (_process is { HasExited: false }) throw new InvalidOperationException("The portal is already running.");
        _process = Process.Start(Info("--urls", $"http://127.0.0.1:{Port}", "--Portal:SqliteCheckpointSeconds", "86400"))!;
        _process.OutputDataReceived += (_, _) => { }; // drained, so that a full pipe never blocks the server
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(StartLimit);
        while (true)
        {
            Assert.False(_process.HasExited, $"The portal exited with {(_process.HasExited ? _process.ExitCode : 0)} while starting.");
            try
            {
                using var response = await Client.GetAsync("/api/plans", limit.Token);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100, limit.Token); // polling a condition, bounded by StartLimit
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks; what a power cut does to the process.</summary>
    public void Kill()
    {
        _process!.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>
    /// A test of "a transaction has begun writing", as of now: the SQLite write-ahead log has grown since this call,
    /// or a PostgreSQL backend other than the test's own holds a transaction id (assigned at its first write).
    /// </summary>
    public async Task<Func<Task<bool>>> WritingBegunAsync()
    {
        if (_db.Provider == DatabaseProvider.Sqlite)
        {
            var wal = new SqliteConnectionStringBuilder(_db.ConnectionString).DataSource + "-wal";
            var before = new FileInfo(wal) is { Exists: true } w ? w.Length : 0;
            return () => Task.FromResult(new FileInfo(wal) is { Exists: true } now && now.Length > before);
        }
        _watch ??= new NpgsqlConnection(_db.ConnectionString + ";Pooling=false");
        if (_watch.State != System.Data.ConnectionState.Open) await _watch.OpenAsync();
        return async () =>
        {
            await using var cmd = new NpgsqlCommand(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL", _watch);
            return (long)(await cmd.ExecuteScalarAsync())! > 0;
        };
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using DbConnection connection = _db.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(_db.ConnectionString + ";Pooling=false;Options=-c portal.libraries=all") // every library's rows (ADR 039)
            : new SqliteConnection(_db.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> RunCommandAsync(params string[] args)
    {
        using var process = Process.Start(Info(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(StartLimit);
        Assert.True(process.ExitCode == 0, $"dotnet Portal.dll {string.Join(' ', args)}: {await error}");
        return await output;
    }

    private ProcessStartInfo Info(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        if (_db.Provider == DatabaseProvider.Postgres)
        {
            info.ArgumentList.Add("--Database:Provider");
            info.ArgumentList.Add("postgres");
        }
        info.ArgumentList.Add("--ConnectionStrings:Portal");
        info.ArgumentList.Add(_db.ConnectionString);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) Kill();
        _process?.Dispose();
        Client?.Dispose();
        if (_watch is not null) await _watch.DisposeAsync();
        _db.Dispose();
    }
}
