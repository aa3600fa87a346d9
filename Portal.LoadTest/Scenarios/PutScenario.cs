using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HdrHistogram;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// Single-figure PUTs through the whole HTTP stack: each save updates a cell with the version last seen for it, as
/// the entry grid does, and changes its value, so every save commits a figure and an audit record. Two ways to load:
/// <list type="bullet">
/// <item>closed loop (<c>--clients N</c>): N clients each send the next save when the last one answered, which
/// measures the most saves per second; their latency is mostly queueing behind one another (Little's law).</item>
/// <item>open loop (<c>--rate R</c>): saves are due at R per second whatever the answers, and each one's latency
/// runs from when it was due, so a stall counts against every save it delays (no coordinated omission). This is
/// the latency a portal shows at that load.</item>
/// </list>
/// </summary>
public sealed class PutScenario : IScenario
{
    public string Name => "put";
    public string Help => "single-figure PUT throughput and latency: --clients 16 (closed loop) or --rate 1000 (open loop, saves/s); --seconds 20 --warmup 3 --year 2013";

    public async Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        var (clients, rate, seconds, warmup, year) =
            (options.Int("clients", 16), options.Int("rate", 0), options.Int("seconds", 20), options.Int("warmup", 3), options.Int("year", 2013));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = rate > 0 ? 256 : clients }) { BaseAddress = portal }.Authorized(options);
        var cells = new Cells(await PlanCells.LoadAsync(http, year, ct));
        await cells.LoadVersionsAsync(http, year, ct);
        var load = rate > 0 ? $"open loop at {rate:N0} saves/s" : $"{clients} clients in a closed loop";
        Func<TimeSpan, Task<Result>> run = rate > 0
            ? d => OpenLoopAsync(http, year, cells, rate, d, ct)
            : d => ClosedLoopAsync(http, year, cells, clients, d, ct);

        await run(TimeSpan.FromSeconds(warmup));
        var started = Stopwatch.GetTimestamp();
        var result = await run(TimeSpan.FromSeconds(seconds));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        static double Ms(LongHistogram h, double percentile) => h.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;
        var saves = result.Latency.TotalCount - result.Errors;
        Console.WriteLine($"put: {load}, {seconds} s after {warmup} s warm-up, {cells.Count} cells of plan {year}, load average {LoadAverage()}");
        Console.WriteLine($"saves {saves:N0}, errors {result.Errors}, saves/s {saves / elapsed:N0}");
        if (result.Lag is { } lag)
            Console.WriteLine($"sender lag ms (part of the latency): p50 {Ms(lag, 50):F2}  p99 {Ms(lag, 99):F2}  max {Ms(lag, 100):F2}");
        Console.WriteLine($"latency ms: p50 {Ms(result.Latency, 50):F2}  p90 {Ms(result.Latency, 90):F2}  p99 {Ms(result.Latency, 99):F2}  p99.9 {Ms(result.Latency, 99.9):F2}  max {Ms(result.Latency, 100):F2}");
        return result.Errors == 0 ? 0 : 1;
    }

    /// <summary>Lag: how late the open loop sent each save (its own scheduling, counted in Latency too); null when closed.</summary>
    private sealed record Result(LongHistogram Latency, long Errors, LongHistogram? Lag = null);

    private static async Task<Result> ClosedLoopAsync(HttpClient http, int year, Cells cells, int clients, TimeSpan duration, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c), ct)));
        var total = NewHistogram();
        foreach (var r in results) total.Add(r.Latency);
        return new Result(total, results.Sum(r => r.Errors));

        async Task<Result> ClientAsync(int client)
        {
            var histogram = NewHistogram();
            long errors = 0;
            // Cells client, client + clients, …: no two clients ever write the same cell.
            for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var cell = (client + i * clients) % cells.Count;
                var start = Stopwatch.GetTimestamp();
                var ok = await SaveAsync(http, year, cells, cell, i, ct);
                histogram.RecordValue(Stopwatch.GetTimestamp() - start);
                if (!ok) errors++;
            }
            return new Result(histogram, errors);
        }
    }

    private static async Task<Result> OpenLoopAsync(HttpClient http, int year, Cells cells, int rate, TimeSpan duration, CancellationToken ct)
    {
        var (histogram, lag) = (NewHistogram(), NewHistogram());
        var gate = new Lock();
        long errors = 0;
        var total = (int)(rate * duration.TotalSeconds);
        var interval = (double)Stopwatch.Frequency / rate;
        var saves = new List<Task>(total);
        // A thread of its own sends every save that is due, then sleeps about a millisecond: Task.Delay's wake-ups
        // go through the timer thread and the thread pool, and came 1–5 ms late here, which counted as latency.
        // Its end is awaited, not joined, so that no thread-pool thread of this process waits through the run.
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < total && !ct.IsCancellationRequested;)
            {
                var now = Stopwatch.GetTimestamp();
                for (; i < total && start + (long)(i * interval) <= now; i++) saves.Add(SendAsync(i, start + (long)(i * interval)));
                if (i < total) Thread.Sleep(1);
            }
            sent.SetResult();
        }) { IsBackground = true, Name = "open-loop sender", Priority = ThreadPriority.AboveNormal }.Start();
        await sent.Task;
        await Task.WhenAll(saves);
        return new Result(histogram, errors, lag);

        async Task SendAsync(int i, long due)
        {
            var late = Stopwatch.GetTimestamp() - due;
            var ok = await SaveAsync(http, year, cells, i % cells.Count, i, ct);
            var latency = Stopwatch.GetTimestamp() - due;
            lock (gate)
            {
                histogram.RecordValue(latency);
                lag.RecordValue(late);
                if (!ok) errors++;
            }
        }
    }

    private static async Task<bool> SaveAsync(HttpClient http, int year, Cells cells, int cell, int i, CancellationToken ct)
    {
        var (kpi, division, month) = cells[cell];
        using var response = await http.PutAsJsonAsync($"/api/plans/{year}/figures/{kpi}/{division}/{month}",
            new { value = 1_000 + i % 9_000, note = "压测", version = cells.Version(cell) }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) return false;
        cells.Saved(cell, JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt32());
        return true;
    }

    private static LongHistogram NewHistogram() => new(Stopwatch.Frequency * 60, 3);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The plan's cells and the version last seen for each (0: no figure yet).</summary>
    private sealed class Cells(List<(string Kpi, string Division, int Month)> cells)
    {
        private readonly int[] _versions = new int[cells.Count];

        public int Count => cells.Count;
        public (string Kpi, string Division, int Month) this[int cell] => cells[cell];
        public int Version(int cell) => Volatile.Read(ref _versions[cell]);
        public void Saved(int cell, int version) => Volatile.Write(ref _versions[cell], version);

        /// <summary>The stored versions, so that a run on a database that already has figures sends current ones.</summary>
        public async Task LoadVersionsAsync(HttpClient http, int year, CancellationToken ct)
        {
            var index = cells.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
            foreach (var f in (await http.GetFromJsonAsync<JsonElement>($"/api/plans/{year}/figures", ct)).EnumerateArray())
                _versions[index[(f.GetProperty("kpi").GetString()!, f.GetProperty("division").GetString()!, f.GetProperty("month").GetInt32())]] =
                    f.GetProperty("version").GetInt32();
        }
    }
}
