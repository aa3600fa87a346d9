using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Portal.Tests.Hardening;

/// <summary>
/// The portal as a real child process (`dotnet Portal.dll`) on a free loopback port with a SQLite file of its own,
/// so that a test can kill it with SIGKILL and start it again on the same database. Background checkpoints are off,
/// so that the write-ahead log only grows while a transaction is written.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"portal-process-{Guid.NewGuid():N}.db");
    private Process? _process;

    public int Port { get; } = FreePort();
    public string Database => _dbPath;
    public string WalPath => _dbPath + "-wal";
    public HttpClient Client { get; private set; } = null!;

    public static async Task<PortalProcess> StartAsync()
    {
        var portal = new PortalProcess();
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

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_dbPath};Pooling=False");
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
        info.ArgumentList.Add("--ConnectionStrings:Portal");
        info.ArgumentList.Add($"Data Source={_dbPath}");
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
        SqliteConnection.ClearAllPools();
        await Task.CompletedTask;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
    }
}
