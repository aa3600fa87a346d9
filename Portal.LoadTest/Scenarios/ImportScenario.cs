using System.Diagnostics;
using System.Text;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// A province-wide CSV import through the HTTP stack, three times: every row new, every row changed, every row
/// unchanged. Needs a plan with at least --rows cells: see the "plan" scenario.
/// </summary>
public sealed class ImportScenario : IScenario
{
    public string Name => "import";
    public string Help => "CSV import time and rows/s (--rows 100000 --year 2099 --warmup-year 2013 --pause 3); then the export of the same rows";

    public async Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        var (rows, year) = (options.Int("rows", 100_000), options.Int("year", ProvincePlanScenario.Year));
        // Seconds between passes, so that each one meets a portal that has checkpointed the previous one's writes.
        var pause = TimeSpan.FromSeconds(options.Int("pause", 3));
        using var http = new HttpClient { BaseAddress = portal, Timeout = TimeSpan.FromMinutes(5) }.Authorized(options);
        var cells = await PlanCells.LoadAsync(http, year, ct);
        if (cells.Count < rows)
        {
            Console.Error.WriteLine($"Plan {year} has only {cells.Count} cells; start the portal with the province plan (see BENCHMARKS.md).");
            return 2;
        }
        // Warm-up on the other plan, so that the first measured pass does not include compiling the import path.
        var warmup = options.Int("warmup-year", 2013);
        var warmupCells = await PlanCells.LoadAsync(http, warmup, ct);
        using (var _ = await http.PostAsync($"/api/plans/{warmup}/figures/import", new ByteArrayContent(Csv(warmupCells, 0)), ct)) { }
        Console.WriteLine($"import: {rows:N0} rows into plan {year}, after a warm-up import of {warmupCells.Count:N0} rows into plan {warmup}");
        foreach (var (pass, offset) in new[] { ("new", 0), ("changed", 1), ("unchanged", 1) })
        {
            var file = Csv(cells.Take(rows), offset);
            await Task.Delay(pause, ct);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync($"/api/plans/{year}/figures/import",
                new ByteArrayContent(file) { Headers = { { "Content-Type", "text/csv" } } }, ct);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"{pass}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                return 1;
            }
            Console.WriteLine($"{pass,-10} {file.Length / 1e6:F1} MB  {seconds:F2} s  {rows / seconds:N0} rows/s");
        }
        var exportStarted = Stopwatch.GetTimestamp();
        var export = await http.GetByteArrayAsync($"/api/plans/{year}/figures.csv", ct);
        var exportSeconds = Stopwatch.GetElapsedTime(exportStarted).TotalSeconds;
        Console.WriteLine($"{"export",-10} {export.Length / 1e6:F1} MB  {exportSeconds:F2} s  {rows / exportSeconds:N0} rows/s");
        return 0;
    }

    private static byte[] Csv(IEnumerable<(string Kpi, string Division, int Month)> cells, int offset)
    {
        var text = new StringBuilder("kpi,division,month,value,note\r\n");
        var i = 0;
        foreach (var (kpi, division, month) in cells)
            text.Append($"{kpi},{division},{month},{1_000 + i++ % 50_000 + offset},{(i % 10 == 0 ? "含流动服务点" : "")}\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
