using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// A real child process (`dotnet X.dll` from the test's bin folder) on a free loopback port: a portal instance or the
/// gateway. It can be killed with SIGKILL and started again with the same arguments on the same port. Its output is
/// kept for the failure message.
/// </summary>
public sealed class ClusterProcess : IAsyncDisposable
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
    private readonly string _dll;
    private readonly string[] _args;
    private readonly Dictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public ClusterProcess(string name, string dll, int port, IEnumerable<string> args, Dictionary<string, string>? environment = null)
    {
        Name = name;
        _dll = dll;
        Port = port;
        _args = ["--urls", Url, .. args];
        _environment = environment ?? [];
    }

    public string Name { get; }
    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";
    public string Output => string.Join('\n', _output.TakeLast(60));

    /// <summary>Starts the process and waits until <paramref name="readyPath"/> answers 2xx.</summary>
    public async Task StartAsync(string readyPath = "/healthz", params string[] extraArgs)
    {
        if (_process is { HasExited: false }) throw new InvalidOperationException($"{Name} is already running.");
        _process?.Dispose();
        _process = Process.Start(Info([.. _args, .. extraArgs]))!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var limit = new CancellationTokenSource(StartLimit);
        while (true)
        {
            Assert.False(_process.HasExited, $"{Name} exited with {(_process.HasExited ? _process.ExitCode : 0)} while starting:\n{Output}");
            try
            {
                using var response = await client.GetAsync(Url + readyPath, limit.Token);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!limit.IsCancellationRequested)
            {
                // one slow answer while starting
            }
            await Task.Delay(100, limit.Token); // polling a condition, bounded by StartLimit
        }
    }

    /// <summary>Runs the same program once with other arguments (an account command) and returns what it printed.</summary>
    public async Task<string> RunOnceAsync(params string[] args)
    {
        using var process = Process.Start(Info(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(StartLimit);
        Assert.True(process.ExitCode == 0, $"dotnet {Path.GetFileName(_dll)} {string.Join(' ', args)}: {await error}");
        return await output;
    }

    /// <summary>SIGKILL: no shutdown, connections cut as a crash or a power cut would.</summary>
    public void Kill()
    {
        if (_process is not { HasExited: false }) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 500) _output.TryDequeue(out _);
    }

    private ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, _dll));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // unpublished static assets need it (STACK.md)
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in _environment) info.Environment[key] = value;
        return info;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
