using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HdrHistogram;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// Single-figure PUTs through the whole HTTP stack: each client updates its own cells (so nobody conflicts) with the
/// version it last saw, as the entry grid does, and every save changes the value, so every save commits and audits.
/// </summary>
public sealed class PutScenario : IScenario
{
    public string Name => "put";
    public string Help => "single-figure PUT throughput and latency (--clients 16 --seconds 20 --warmup 3 --year 2013)";

    public async Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        var (clients, seconds, warmup, year) = (options.Int("clients", 16), options.Int("seconds", 20), options.Int("warmup", 3), options.Int("year", 2013));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = portal }.Authorized(options);
        var cells = await PlanCells.LoadAsync(http, year, ct);
        var versions = await VersionsAsync(http, year, cells, ct);
        await RunAsync(http, year, cells, versions, clients, TimeSpan.FromSeconds(warmup), ct);
        var started = Stopwatch.GetTimestamp();
        var (latency, errors) = await RunAsync(http, year, cells, versions, clients, TimeSpan.FromSeconds(seconds), ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        double Ms(double percentile) => latency.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"put: {clients} clients, {seconds} s after {warmup} s warm-up, {cells.Count} cells of plan {year}");
        Console.WriteLine($"saves {latency.TotalCount - errors:N0}, errors {errors}, saves/s {(latency.TotalCount - errors) / elapsed:N0}");
        Console.WriteLine($"latency ms: p50 {Ms(50):F2}  p90 {Ms(90):F2}  p99 {Ms(99):F2}  p99.9 {Ms(99.9):F2}  max {Ms(100):F2}");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>The stored versions, so that a run on a database that already has figures sends current ones.</summary>
    private static async Task<int?[]> VersionsAsync(HttpClient http, int year, List<(string Kpi, string Division, int Month)> cells, CancellationToken ct)
    {
        var index = cells.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var versions = new int?[cells.Count];
        foreach (var f in (await http.GetFromJsonAsync<JsonElement>($"/api/plans/{year}/figures", ct)).EnumerateArray())
            versions[index[(f.GetProperty("kpi").GetString()!, f.GetProperty("division").GetString()!, f.GetProperty("month").GetInt32())]] = f.GetProperty("version").GetInt32();
        return versions;
    }

    private static async Task<(LongHistogram Latency, long Errors)> RunAsync(HttpClient http, int year,
        List<(string Kpi, string Division, int Month)> cells, int?[] versions, int clients, TimeSpan duration, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var runs = Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c), ct)).ToArray();
        var results = await Task.WhenAll(runs);
        var total = new LongHistogram(Stopwatch.Frequency * 60, 3);
        foreach (var (h, _) in results) total.Add(h);
        return (total, results.Sum(r => r.Errors));

        async Task<(LongHistogram, long Errors)> ClientAsync(int client)
        {
            var histogram = new LongHistogram(Stopwatch.Frequency * 60, 3);
            long errors = 0;
            // Cells client, client + clients, …: no two clients ever write the same cell.
            var own = Enumerable.Range(0, cells.Count).Where(c => c % clients == client).ToArray();
            for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var cell = own[i % own.Length];
                var (kpi, division, month) = cells[cell];
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PutAsJsonAsync($"/api/plans/{year}/figures/{kpi}/{division}/{month}",
                    new { value = 1_000 + i % 9_000, note = "压测", version = versions[cell] ?? 0 }, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                histogram.RecordValue(Stopwatch.GetTimestamp() - start);
                if (response.IsSuccessStatusCode) versions[cell] = JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt32();
                else errors++;
            }
            return (histogram, errors);
        }
    }
}
