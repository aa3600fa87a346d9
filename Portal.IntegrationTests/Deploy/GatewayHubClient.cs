using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Portal.Api;
using Portal.Hubs;
using Portal.Live;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// A real SignalR .NET client on /hubs/dashboard through the gateway over WebSockets, with a cookie jar that ties it
/// to one instance. Records each FigureSaved with the moment it arrived, and lets a test wait for one.
/// </summary>
public sealed class GatewayHubClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private readonly List<(FigureSavedDto Figure, long At)> _figures = [];
    private readonly List<(Func<FigureSavedDto, bool> Match, TaskCompletionSource<long> Signal)> _waiters = [];
    private readonly HubConnection _connection;

    private GatewayHubClient(string instance, HubConnection connection)
    {
        Instance = instance;
        _connection = connection;
        connection.On<FigureSavedDto>(nameof(IDashboardClient.FigureSaved), Record);
    }

    public string Instance { get; }

    public static async Task<GatewayHubClient> ConnectAsync(string gatewayUrl, CookieContainer cookies, string instance, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri($"{gatewayUrl}{DashboardHub.Route}?access_token={Uri.EscapeDataString(token)}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true; // one WebSocket request, sent with the jar's affinity cookie
                o.Cookies = cookies;
            })
            .Build();
        var client = new GatewayHubClient(instance, connection);
        await connection.StartAsync().WaitAsync(Timeout);
        await connection.InvokeAsync(nameof(DashboardHub.Subscribe), 2013).WaitAsync(Timeout);
        return client;
    }

    /// <summary>The timestamp (Stopwatch) at which a matching FigureSaved arrived, received so far or later.</summary>
    public Task<long> FigureAsync(Func<FigureSavedDto, bool> match)
    {
        lock (_gate)
        {
            foreach (var (figure, at) in _figures)
                if (match(figure)) return Task.FromResult(at);
            var signal = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(Timeout);
        }
    }

    private void Record(FigureSavedDto figure)
    {
        var at = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _figures.Add((figure, at));
            foreach (var waiter in _waiters.Where(w => w.Match(figure)).ToList())
            {
                waiter.Signal.TrySetResult(at);
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
