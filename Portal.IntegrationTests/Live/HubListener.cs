using Portal.Accounts.Users;
using Portal.Accounts.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Portal.Hubs;
using Portal.Tests.Support;
using Portal.Accounts;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Portal.Api;
using Portal.Live;

namespace Portal.IntegrationTests.Live;

/// <summary>
/// A real SignalR .NET client on a test host's in-memory server (WebSockets). Records every message and lets a
/// test wait, with a timeout, for one that satisfies a condition, including one that has already arrived.
/// </summary>
public sealed class HubListener : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();
    private readonly List<string> _dashboards = [];
    private readonly List<FigureSavedDto> _figures = [];
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> _waiters = [];

    private HubListener(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>(nameof(IDashboardClient.DashboardChanged), d => Record(() => _dashboards.Add(d.GetRawText())));
        connection.On<FigureSavedDto>(nameof(IDashboardClient.FigureSaved), f => Record(() => _figures.Add(f)));
    }

    public HubConnection Connection { get; }

    /// <summary>DashboardChanged payloads exactly as they came over the wire.</summary>
    public IReadOnlyList<string> RawDashboards { get { lock (_gate) return _dashboards.ToList(); } }

    public IReadOnlyList<DashboardDto> Dashboards => RawDashboards.Select(Parse).ToList();

    public IReadOnlyList<FigureSavedDto> Figures { get { lock (_gate) return _figures.ToList(); } }

    /// <param name="library">A library's address (/l/xh-lib) to reach its hub; null: the default library's.</param>
    /// <param name="token">The caller's API token; null: a new Viewer of the default library.</param>
    public static async Task<HubListener> ConnectAsync<T>(WebApplicationFactory<T> factory, string? library = null, string? token = null) where T : class
    {
        var server = factory.Server;
        token ??= await ViewerTokenAsync(factory.Services);
        var url = new Uri(server.BaseAddress, $"{library}{DashboardHub.Route}?access_token={Uri.EscapeDataString(token)}");
        var connection = new HubConnectionBuilder()
            .WithUrl(url, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.WebSocketFactory = async (context, ct) => await server.CreateWebSocketClient().ConnectAsync(context.Uri, ct);
            })
            .Build();
        var listener = new HubListener(connection);
        await connection.StartAsync().WaitAsync(Timeout);
        return listener;
    }

    /// <summary>The hub needs a signed-in caller: a Viewer's API token, as a feed or script outside the portal has.</summary>
    private static async Task<string> ViewerTokenAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var name = $"hub-{Guid.NewGuid():N}";
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(name, [PortalRoles.Viewer], [], TestWriters.Admin("测试"), password: TestAccounts.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        var token = await scope.ServiceProvider.GetRequiredService<TokenService>().CreateApiTokenAsync(name, "测试令牌", TestWriters.Admin("测试"));
        return token!.Secret;
    }

    public Task SubscribeAsync(int year) => Connection.InvokeAsync(nameof(DashboardHub.Subscribe), year).WaitAsync(Timeout);

    public Task UnsubscribeAsync(int year) => Connection.InvokeAsync(nameof(DashboardHub.Unsubscribe), year).WaitAsync(Timeout);

    /// <summary>The first DashboardChanged (received so far or later) that satisfies the condition.</summary>
    public async Task<DashboardDto> DashboardAsync(Func<DashboardDto, bool> condition, TimeSpan? timeout = null)
    {
        await UntilAsync(() => _dashboards.Any(d => condition(Parse(d))), timeout);
        return Dashboards.First(condition);
    }

    public async Task<FigureSavedDto> FigureAsync(Func<FigureSavedDto, bool> condition)
    {
        await UntilAsync(() => _figures.Any(condition));
        return Figures.First(condition);
    }

    /// <summary>Waits until a condition on the recorded messages holds; the condition runs under the recording lock.</summary>
    public Task UntilAsync(Func<bool> done, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (done()) return Task.CompletedTask;
            _waiters.Add((done, signal));
        }
        return signal.Task.WaitAsync(timeout ?? Timeout);
    }

    public static DashboardDto Parse(string json) => JsonSerializer.Deserialize<DashboardDto>(json, Json)!;

    private void Record(Action add)
    {
        lock (_gate)
        {
            add();
            foreach (var w in _waiters.Where(w => w.Done()).ToList())
            {
                _waiters.Remove(w);
                w.Signal.TrySetResult();
            }
        }
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
