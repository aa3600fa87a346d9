using System.Diagnostics;
using System.Text.Json;
using HdrHistogram;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// N hub clients subscribed to one plan year. For each round it waits until every client has received a
/// DashboardChanged whose KPI actual is the round's value, and records each client's latency from the round's start.
/// </summary>
public sealed class HubFleet : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly string _kpi;
    private readonly Lock _gate = new();
    private int[] _seenRound = [];
    private int _round;
    private double _expected = double.NaN;
    private long _start;
    private int _missing;
    private TaskCompletionSource _done = new();
    private LongHistogram _latencies = NewHistogram();

    private HubFleet(string kpi) => _kpi = kpi;

    /// <summary>The latest actual of the KPI seen by the first client, and how many dashboards it has seen.</summary>
    public (double Actual, int Count) FirstClient { get; private set; }

    public int PayloadBytes { get; private set; }

    /// <summary>Connects <paramref name="clients"/> clients, client i to <c>hubs[i % hubs.Count]</c> (round-robin over instances).</summary>
    public static async Task<HubFleet> ConnectAsync(IReadOnlyList<Uri> hubs, int clients, int year, string kpi, CancellationToken ct)
    {
        var fleet = new HubFleet(kpi) { _seenRound = new int[clients] };
        using var parallel = new SemaphoreSlim(50);
        var connecting = Enumerable.Range(0, clients).Select(async i =>
        {
            await parallel.WaitAsync(ct);
            try
            {
                var connection = new HubConnectionBuilder()
                    .WithUrl(hubs[i % hubs.Count], o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
                    .Build();
                connection.On<JsonElement>("DashboardChanged", d => fleet.Received(i, d));
                await connection.StartAsync(ct);
                await connection.InvokeAsync("Subscribe", year, ct);
                lock (fleet._gate) fleet._connections.Add(connection);
            }
            finally
            {
                parallel.Release();
            }
        });
        await Task.WhenAll(connecting);
        return fleet;
    }

    /// <summary>Starts a round: from now, clients watch for <paramref name="expected"/>.</summary>
    public Task StartRound(double expected)
    {
        lock (_gate)
        {
            _round++;
            _expected = expected;
            _missing = _seenRound.Length;
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _start = Stopwatch.GetTimestamp();
            return _done.Task;
        }
    }

    /// <summary>Latencies recorded since the last call, in microseconds.</summary>
    public LongHistogram TakeLatencies()
    {
        lock (_gate)
        {
            var taken = _latencies;
            _latencies = NewHistogram();
            return taken;
        }
    }

    private void Received(int client, JsonElement dashboard)
    {
        var now = Stopwatch.GetTimestamp();
        var actual = Actual(dashboard);
        lock (_gate)
        {
            if (client == 0)
            {
                FirstClient = (actual, FirstClient.Count + 1);
                PayloadBytes = dashboard.GetRawText().Length;
            }
            if (actual != _expected || _seenRound[client] == _round) return;
            _seenRound[client] = _round;
            _latencies.RecordValue((long)Stopwatch.GetElapsedTime(_start, now).TotalMicroseconds);
            if (--_missing == 0) _done.TrySetResult();
        }
    }

    private double Actual(JsonElement dashboard)
    {
        foreach (var k in dashboard.GetProperty("kpis").EnumerateArray())
            if (k.GetProperty("code").GetString() == _kpi) return k.GetProperty("actual").GetDouble();
        return double.NaN;
    }

    private static LongHistogram NewHistogram() => new(TimeSpan.FromMinutes(1).Ticks / 10, 3);

    public async ValueTask DisposeAsync()
    {
        foreach (var c in _connections) await c.DisposeAsync();
    }
}
