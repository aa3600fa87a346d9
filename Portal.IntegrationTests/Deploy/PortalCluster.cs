using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Portal.Data;
using Portal.Hosting;
using Portal.Tests.Support;
using Portal.IntegrationTests.Live;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// What deploy/up starts, as real processes: one PostgreSQL database, one redis-server, instances A and B of the
/// portal on them (A with --demo), and Portal.Gateway in front with round-robin, cookie affinity and health checks
/// every 500 ms. Each instance has a home folder of its own, as on separate machines, so that nothing but the
/// database can give them common Data Protection keys.
/// </summary>
public sealed class PortalCluster : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly RedisServer _redis;
    private readonly List<string> _homes = [];
    private readonly Dictionary<string, string> _apiTokens = [];
    private string? _kioskToken;

    private PortalCluster(TestDatabase database, RedisServer redis)
    {
        _database = database;
        _redis = redis;
        A = Instance("A");
        B = Instance("B");
        Gateway = new ClusterProcess("gateway", "Portal.Gateway.dll", ClusterProcess.FreePort(),
        [
            "--Gateway:Instances:A", A.Url, "--Gateway:Instances:B", B.Url, "--Gateway:LoadBalancing", "RoundRobin",
            "--Gateway:HealthInterval", "00:00:00.500", "--Gateway:HealthTimeout", "00:00:01", "--Gateway:ReactivationPeriod", "00:00:02",
        ]);
    }

    public ClusterProcess A { get; }
    public ClusterProcess B { get; }
    public ClusterProcess Gateway { get; }

    public string Url(string path) => Gateway.Url + path;

    /// <param name="demo">How A starts the first time: the demo (default), or with `--demo-province` its libraries too.</param>
    public static async Task<PortalCluster> StartAsync(params string[] demo)
    {
        var redis = new RedisServer();
        await redis.InitializeAsync();
        var cluster = new PortalCluster(TestDatabase.Create(DatabaseProvider.Postgres), redis);
        try
        {
            await cluster.A.StartAsync("/healthz", demo.Length > 0 ? demo : ["--demo"]); // migrates, loads the demo once, creates the Data Protection key
            await cluster.B.StartAsync();
            await cluster.Gateway.StartAsync("/gateway/status");
            await cluster.UntilAvailableAsync("A", true);
            await cluster.UntilAvailableAsync("B", true);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    private ClusterProcess Instance(string name)
    {
        var home = Path.Combine(Path.GetTempPath(), $"portal-home-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(home);
        _homes.Add(home);
        return new ClusterProcess(name, "Portal.dll", ClusterProcess.FreePort(),
            ["--Database:Provider", "postgres", "--ConnectionStrings:Portal", _database.ConnectionString, "--Redis:Connection", _redis.Connection,
             "--Portal:InstanceName", name, "--Portal:SqliteCheckpointSeconds", "86400"],
            new() { ["HOME"] = home, ["DOTNET_CLI_HOME"] = home });
    }

    /// <summary>Waits until the gateway's health view takes the instance into rotation (true) or out of it (false).</summary>
    public async Task UntilAvailableAsync(string instance, bool available)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string last = "";
        while (!limit.IsCancellationRequested)
        {
            try
            {
                var status = await client.GetFromJsonAsync<List<InstanceStatusDto>>(Url("/gateway/status"), limit.Token);
                last = string.Join(", ", status!.Select(s => $"{s.Name}: {s.Active}/{s.Passive}/{s.Available}"));
                if (status!.Any(s => s.Name == instance && s.Available == available)) return;
                await Task.Delay(100, limit.Token); // polling a condition, bounded by the limit
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                break;
            }
        }
        Assert.Fail($"The gateway did not mark {instance} {(available ? "available" : "down")} within 60 s; last seen: {last}");
    }

    public sealed record InstanceStatusDto(string Name, string Address, string Active, string Passive, bool Available);

    /// <summary>A client with its own cookies (so its own affinity), through the gateway.</summary>
    public static HttpClient Client(string baseUrl, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>An account's API token, the demo administrator's by default (created once with `token create` on A's database).</summary>
    public async Task<string> ApiTokenAsync(string user = "admin")
    {
        if (!_apiTokens.TryGetValue(user, out var token))
            _apiTokens[user] = token = (await A.RunOnceAsync(CommandArgs("token", "create", user))).Trim().Split('\n')[^1].Trim();
        return token;
    }

    /// <summary>A wall address through the gateway with a read-only kiosk token, as the TV opens it.</summary>
    public async Task<string> WallUrlAsync(string query)
    {
        if (_kioskToken is null)
        {
            var printed = (await A.RunOnceAsync(CommandArgs("kiosk", "create", "多实例测试大屏"))).Trim().Split('\n')[^1].Trim();
            _kioskToken = Uri.UnescapeDataString(printed[(printed.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
        }
        return Url($"/wall?{query}&token={Uri.EscapeDataString(_kioskToken)}");
    }

    private string[] CommandArgs(params string[] command) =>
        [.. command, "--Database:Provider", "postgres", "--ConnectionStrings:Portal", _database.ConnectionString];

    /// <summary>Saves one figure through the gateway's API with an affinity cookie for the given instance, or any.</summary>
    /// <param name="library">A library's address (`/l/xh-lib`), or the default library's.</param>
    /// <param name="user">Whose API token saves it (a library's own account writes its figures).</param>
    public async Task<string> PutAsync(HttpClient client, int year, string kpi, string division, int month, double value, string library = "",
        string user = "admin")
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{library}/api/plans/{year}/figures/{kpi}/{division}/{month}")
        {
            Content = JsonContent.Create(new { value }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokenAsync(user));
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"PUT {kpi} {month}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return InstanceOf(response);
    }

    public static string InstanceOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(InstanceEndpoints.Header, out var values) ? values.Single() : "";

    /// <summary>A cookie jar tied by the gateway to the given instance: new jars until round-robin hands one to it.</summary>
    public async Task<CookieContainer> CookiesForAsync(string instance)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var cookies = new CookieContainer();
            using var client = Client(Gateway.Url, cookies);
            using var response = await client.GetAsync("/healthz");
            if (response.IsSuccessStatusCode && InstanceOf(response) == instance) return cookies;
        }
        throw new InvalidOperationException($"The gateway never sent a new client to {instance}.");
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _redis.DisposeAsync();
        _database.Dispose();
        foreach (var home in _homes)
        {
            try { Directory.Delete(home, recursive: true); } catch (IOException) { } // best effort
        }
    }
}
