using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.IntegrationTests.Live;

/// <summary>
/// A throwaway redis-server (Debian's package) on a free loopback port, without persistence. Missing redis-server
/// is a failure, not a skip: .ci/run installs it. A test can stop it (<see cref="StopAsync"/>, SIGKILL) and start it
/// again on the same port (<see cref="StartAsync"/>), as a Redis restart.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string Executable = "/usr/bin/redis-server";
    private Process? _process;

    public string Connection { get; private set; } = "";

    private int _port;

    public Task InitializeAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: install it with `apt-get install -y redis-server` (.ci/run does).");
        _port = FreePort();
        return StartAsync();
    }

    /// <summary>Starts redis-server on its port (again, after <see cref="StopAsync"/>) and returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        var port = _port;
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" }) start.ArgumentList.Add(arg);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            output.Enqueue(e.Data);
            if (e.Data.Contains("Ready to accept connections")) ready.TrySetResult();
        };
        _process.Start();
        _process.BeginOutputReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"redis-server did not start on port {port}:\n{string.Join('\n', output)}");
        }
        Connection = $"127.0.0.1:{port}";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills redis-server and returns once it has exited: every client loses its connection.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public Task DisposeAsync() => StopAsync();
}
