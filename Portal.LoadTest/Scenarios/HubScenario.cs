using System.Diagnostics;
using System.Net.Http.Json;
using HdrHistogram;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// Save-to-screen latency of the dashboard hub: N clients subscribe to 2013, then M saves each go through the
/// portal's write path, store, throttle and broadcaster; then M bare broadcasts of a same-size dashboard skip all
/// of that. Saves are spaced wider than the throttle interval, so each one is an isolated save.
/// Needs a portal started with --Portal:Benchmarks true (for /bench/…; --save api uses the JSON API instead).
/// Several instances (on one database and one Redis): repeat --url; the clients are split round-robin over them,
/// the saves go to the first (or to --save-url, which need not hold clients: "save on A, clients on B only"), and a
/// bare round posts the broadcast to every instance with clients, since a hub context reaches only its own clients.
/// </summary>
public sealed class HubScenario : IScenario
{
    private const int Year = 2013;
    private const string Kpi = "readers.new-cards";
    private const string Division = "reader-services";
    private const int Month = 1;
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(15);

    public string Name => "hub";

    public string Help => "--clients N (100) --saves M (50) --gap MS (400) --warmup W (5) --save bench|api (bench) [--url U2 … --save-url U]: save → DashboardChanged latency vs a bare broadcast; repeat --url to split the clients round-robin over instances (saves go to the first --url, or --save-url)";

    public bool TakesSeveralUrls => true;

    public async Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        var clients = int.Parse(options.GetValueOrDefault("clients", "100"));
        var saves = int.Parse(options.GetValueOrDefault("saves", "50"));
        var gap = TimeSpan.FromMilliseconds(int.Parse(options.GetValueOrDefault("gap", "400")));
        var warmup = int.Parse(options.GetValueOrDefault("warmup", "5"));
        var route = options.GetValueOrDefault("save", "bench") == "api" ? "api" : "bench";
        // A thousand simulated clients start at once: don't let the thread pool ramp up slowly under them.
        ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 16), 64);

        var instances = options.Urls(portal);
        var saveUrl = options.TryGetValue("save-url", out var s) ? new Uri(s) : instances[0];
        using var http = new HttpClient { BaseAddress = saveUrl }.Authorized(options);
        var broadcasters = instances.Distinct().Select(u => new HttpClient { BaseAddress = u }.Authorized(options)).ToList();
        var connecting = Stopwatch.StartNew();
        await using var fleet = await HubFleet.ConnectAsync(instances.Select(u => options.HubUrl(u)).ToList(), clients, Year, Kpi, ct);
        Console.WriteLine($"{clients} clients connected and subscribed in {connecting.Elapsed.TotalSeconds:F1} s, " +
            $"round-robin over {string.Join(", ", instances)}; saves to {saveUrl}");

        // The KPI's actual is the rest of the KPI plus our cell: learn the rest from one warm-up save.
        var seed = 1_000_000 + Random.Shared.Next(1_000) * 10_000;
        var before = fleet.FirstClient.Count;
        await SaveAsync(http, route, seed, ct);
        await WaitAsync(() => fleet.FirstClient.Count > before, ct);
        var offset = fleet.FirstClient.Actual - seed;
        await Task.Delay(gap, ct);

        var load = LoadAverage();
        var full = new Measurement();
        var bare = new Measurement();
        for (var i = -warmup + 1; i <= saves; i++)
        {
            // Full and bare rounds alternate, so that both meet the same machine (other processes, GC, tiering).
            var value = seed + 2 * (i + warmup);
            await RoundAsync(fleet, i > 0 ? full : null, offset + value, () => SaveAsync(http, route, value, ct), ct);
            await Task.Delay(gap, ct); // let the throttle go quiet, so the next save is an isolated one
            await RoundAsync(fleet, i > 0 ? bare : null, offset + value + 1,
                () => Task.WhenAll(broadcasters.Select(b => BroadcastAsync(b, offset + value + 1, ct))), ct);
            await Task.Delay(gap, ct);
        }
        Report(clients, saves, fleet.PayloadBytes, full, bare, $"{load} → {LoadAverage()}");
        foreach (var b in broadcasters) b.Dispose();
        return 0;
    }

    /// <summary>Latencies in microseconds: of each client's receipt, and of the last client's in each round.</summary>
    private sealed class Measurement
    {
        public LongHistogram Each { get; } = NewHistogram();
        public LongHistogram Last { get; } = NewHistogram();
        public LongHistogram Request { get; } = NewHistogram();
    }

    private static LongHistogram NewHistogram() => new(TimeSpan.FromMinutes(1).Ticks / 10, 3);

    private static async Task RoundAsync(HubFleet fleet, Measurement? into, double expected, Func<Task> trigger, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var all = fleet.StartRound(expected);
        await trigger();
        var request = (long)Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        await all.WaitAsync(RoundTimeout, ct);
        var last = (long)Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        var each = fleet.TakeLatencies();
        if (into is null) return; // a warm-up round
        into.Each.Add(each);
        into.Last.RecordValue(last);
        into.Request.RecordValue(request);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task SaveAsync(HttpClient http, string route, double value, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync($"/{route}/plans/{Year}/figures/{Kpi}/{Division}/{Month}", new { value }, ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The save answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)} (was the portal started with --Portal:Benchmarks true?)");
    }

    private static async Task BroadcastAsync(HttpClient http, double actual, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync($"/bench/plans/{Year}/broadcast", new { kpi = Kpi, actual }, ct);
        response.EnsureSuccessStatusCode();
    }

    private static async Task WaitAsync(Func<bool> condition, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > RoundTimeout) throw new TimeoutException("No dashboard arrived after the warm-up save.");
            await Task.Delay(10, ct);
        }
    }

    private static void Report(int clients, int rounds, int payload, Measurement full, Measurement bare, string load)
    {
        static double Ms(LongHistogram h, double percentile) => h.GetValueAtPercentile(percentile) / 1000.0;
        Console.WriteLine();
        Console.WriteLine($"N = {clients} clients, {rounds} rounds each after warm-up, DashboardChanged payload {payload:N0} bytes, load average {load}");
        Console.WriteLine("| path | HTTP request p50 (ms) | each client p50 (ms) | each client p99 (ms) | max (ms) | all clients p50 (ms) | all clients p99 (ms) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, m) in new[] { ("full: save → DashboardChanged", full), ("bare broadcast, same payload", bare) })
            Console.WriteLine($"| {name} | {Ms(m.Request, 50):F1} | {Ms(m.Each, 50):F1} | {Ms(m.Each, 99):F1} | {m.Each.GetMaxValue() / 1000.0:F1} | {Ms(m.Last, 50):F1} | {Ms(m.Last, 99):F1} |");
        Console.WriteLine($"ratio full/bare: p50 {Ms(full.Each, 50) / Ms(bare.Each, 50):F2}×, p99 {Ms(full.Each, 99) / Ms(bare.Each, 99):F2}×");
    }
}
