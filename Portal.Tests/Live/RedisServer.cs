using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Live;

/// <summary>
/// A throwaway redis-server (Debian's package) on a free loopback port, without persistence. Missing redis-server
/// is a failure, not a skip: .ci/run installs it.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string Executable = "/usr/bin/redis-server";
    private Process? _process;

    public string Connection { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: install it with `apt-get install -y redis-server` (.ci/run does).");
        var port = FreePort();
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

    public async Task DisposeAsync()
    {
        if (_process is null) return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
