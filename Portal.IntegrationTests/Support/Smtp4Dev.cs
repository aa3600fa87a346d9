using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// A real SMTP server for the tests: smtp4dev (the Rnwood.Smtp4dev dotnet tool from the repository's tool manifest,
/// restored on first use), started on free ports with an in-memory database and its own data folder, stopped on
/// dispose. Received messages are read back through its HTTP API and parsed with MimeKit.
/// </summary>
public sealed class Smtp4Dev : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDir;
    private readonly HttpClient _api;

    private Smtp4Dev(Process process, string dataDir, int smtpPort, int webPort)
    {
        (_process, _dataDir, SmtpPort) = (process, dataDir, smtpPort);
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static readonly Lazy<Task> Restored = new(RestoreToolsAsync);

    /// <summary>`dotnet tool restore` once per test run, so that `dotnet test` alone is enough on a fresh clone.</summary>
    private static async Task RestoreToolsAsync()
    {
        using var restore = Process.Start(new ProcessStartInfo("dotnet", "tool restore")
        {
            WorkingDirectory = RepoPaths.Root(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dotnet tool restore did not start.");
        var output = restore.StandardOutput.ReadToEndAsync();
        var errors = restore.StandardError.ReadToEndAsync();
        await restore.WaitForExitAsync();
        if (restore.ExitCode != 0) throw new InvalidOperationException($"dotnet tool restore failed: {await output}{await errors}");
    }

    /// <param name="smtpPort">The SMTP port to listen on (a test that first finds it closed picks it), or a free one.</param>
    public static async Task<Smtp4Dev> StartAsync(int? smtpPort = null)
    {
        await Restored.Value;
        var (smtp, web) = (smtpPort ?? FreePort(), FreePort());
        var dataDir = Directory.CreateTempSubdirectory("smtp4dev-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root(), // where dotnet-tools.json names the tool
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "tool", "run", "smtp4dev", $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}",
                     "--imapport=", "--pop3port=", "--db=", "--nousersettings", $"--baseappdatapath={dataDir}", "--hostname=localhost" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new Smtp4Dev(process, dataDir, smtp, web);
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"smtp4dev exited with code {_process.ExitCode}. Run `dotnet tool restore`.");
            try
            {
                using var response = await _api.GetAsync("api/messages");
                if (response.IsSuccessStatusCode && await SmtpAnswersAsync()) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > until) throw new TimeoutException("smtp4dev did not answer within " + timeout);
            await Task.Delay(200); // polling a starting process: there is no event to wait for
        }
    }

    private async Task<bool> SmtpAnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Every message received so far, parsed from its raw source.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesAsync()
    {
        using var list = JsonDocument.Parse(await _api.GetStringAsync("api/messages?pageSize=500"));
        var messages = new List<MimeMessage>();
        foreach (var item in list.RootElement.GetProperty("results").EnumerateArray())
        {
            await using var source = await _api.GetStreamAsync($"api/messages/{item.GetProperty("id").GetString()}/download");
            using var buffer = new MemoryStream();
            await source.CopyToAsync(buffer);
            buffer.Position = 0;
            messages.Add(await MimeMessage.LoadAsync(buffer));
        }
        return messages;
    }

    /// <summary>Waits until the messages satisfy <paramref name="condition"/> (delivery is asynchronous inside smtp4dev).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<IReadOnlyList<MimeMessage>, bool> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var messages = await MessagesAsync();
            if (condition(messages)) return messages;
            if (DateTime.UtcNow > until) return messages;
            await Task.Delay(100); // smtp4dev has no push API; poll with a deadline
        }
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
