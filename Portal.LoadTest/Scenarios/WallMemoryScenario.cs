using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// The server's managed memory per open /wall circuit: read the heap (after full GCs) with no wall open, open N
/// headless Chromium pages on /wall, read it again, divide. Needs a portal started with --Portal:Benchmarks=true,
/// an API token to read the heap (--token) and a kiosk token for the walls (--kiosk, from `kiosk create`). With --paths
/// (a comma-separated list) one page opens each address instead, in one browser, each page a context of its own (issue
/// 24: 100 library walls and a province wall) and the reading waits until the feed's subscribers stop changing, or
/// until they are --subscribers more than idle (a province or city wall also follows the libraries below).
/// </summary>
public sealed class WallMemoryScenario : IScenario
{
    private const long GoalBytesPerCircuit = 500 * 1024;

    public string Name => "wall-memory";

    public string Help => "managed heap per open /wall circuit --kiosk wpk_… [--pages 20] [--path /wall] [--paths /wall?page=province,/l/CODE/wall,… [--subscribers N]] [--chromium /usr/bin/chromium]";

    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(5);

    public async Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        var shown = options.GetValueOrDefault("path", "/wall");
        var paths = options.TryGetValue("paths", out var list) ? list.Split(',', StringSplitOptions.RemoveEmptyEntries)
            : Enumerable.Repeat(shown, int.Parse(options.GetValueOrDefault("pages", "20"))).ToArray();
        var pages = paths.Length;
        int? subscribers = options.TryGetValue("subscribers", out var given) ? int.Parse(given) : list is null ? pages : null;
        if (list is not null) shown = $"{paths[0]} and {pages - 1} more";
        string Kiosk(string p) => options.TryGetValue("kiosk", out var kiosk) ? p + (p.Contains('?') ? "&" : "?") + "token=" + Uri.EscapeDataString(kiosk) : p;
        using var http = new HttpClient { BaseAddress = portal }.Authorized(options);
        if (await TryReadAsync(http, ct) is null)
        {
            Console.Error.WriteLine($"{portal}_benchmarks/memory did not answer: start the portal with --Portal:Benchmarks=true and pass an API token with --token.");
            return 2;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = options.GetValueOrDefault("chromium", "/usr/bin/chromium"),
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var urls = paths.Select(p => new Uri(portal, Kiosk(p)).ToString()).ToList();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Warm-up: one wall opened and closed, so that one-time costs (caches, first renders) are in the baseline.
        // The portal has feed subscribers of its own (the Redis relay, the joint targets' links, a circuit still
        // closing): the baseline is the count once it has settled.
        var before = await CloseAllAsync(await OpenAsync(browser, urls.Take(1)), http, ct);

        Console.WriteLine($"  baseline read after {clock.Elapsed.TotalSeconds:0} s");
        var open = await OpenAsync(browser, urls);
        var after = subscribers is { } n ? await SteadyAsync(http, before.FeedSubscribers + n, ct) : await SettledAsync(http, before.FeedSubscribers + pages, ct);
        Console.WriteLine($"  feed subscribers: {before.FeedSubscribers} idle, {after.FeedSubscribers} with the pages open");
        Console.WriteLine($"  {pages} walls read after {clock.Elapsed.TotalSeconds:0} s");

        var perCircuit = (after.ManagedBytes - before.ManagedBytes) / pages;
        Console.WriteLine($"wall circuits: {pages} Chromium pages on {shown}");
        Console.WriteLine($"  managed heap, no wall open : {Kb(before.ManagedBytes),10} KB");
        Console.WriteLine($"  managed heap, {pages,2} walls open: {Kb(after.ManagedBytes),10} KB");
        Console.WriteLine($"  per circuit                 : {Kb(perCircuit),10} KB (goal ≤ {Kb(GoalBytesPerCircuit)} KB)");
        await CloseAllAsync(open, http, ct);
        Console.WriteLine($"  all closed after {clock.Elapsed.TotalSeconds:0} s");
        return perCircuit <= GoalBytesPerCircuit ? 0 : 1;
    }

    private static async Task<List<IBrowserContext>> OpenAsync(IBrowser browser, IEnumerable<string> urls)
    {
        var contexts = new List<IBrowserContext>();
        foreach (var url in urls)
        {
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(url);
            await page.Locator(".wall-root[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 });
            contexts.Add(context);
        }
        return contexts;
    }

    /// <summary>Closes the pages and returns the reading once the feed's subscribers have settled.</summary>
    private static async Task<Reading> CloseAllAsync(List<IBrowserContext> contexts, HttpClient http, CancellationToken ct)
    {
        // Leaving the page sends Blazor's disconnect beacon, so the server ends the circuit now rather than keeping it
        // for the reconnection period.
        foreach (var c in contexts)
        {
            foreach (var p in c.Pages) await p.GotoAsync("about:blank");
            await c.CloseAsync();
        }
        return await SettledAsync(http, 0, ct);
    }

    /// <summary>Waits until the server counts exactly the expected feed subscribers, then takes the median of three readings.</summary>
    private static async Task<Reading> SteadyAsync(HttpClient http, int subscribers, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await TryReadAsync(http, ct))?.FeedSubscribers != subscribers)
        {
            if (waited.Elapsed > SettleTimeout)
                throw new TimeoutException($"The portal never counted {subscribers} feed subscribers: is the kiosk token (--kiosk) valid?");
            await Task.Delay(250, ct);
        }
        var readings = new List<Reading>();
        for (var i = 0; i < 3; i++) readings.Add((await TryReadAsync(http, ct))!);
        return readings.OrderBy(r => r.ManagedBytes).ElementAt(1);
    }

    /// <summary>
    /// Waits until the server counts at least <paramref name="least"/> subscribers
    /// and the same number in four readings half a second apart, then reads as <see cref="SteadyAsync"/> does.
    /// </summary>
    private static async Task<Reading> SettledAsync(HttpClient http, int least, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var seen = new List<int>();
        while (seen.Count < 4 || seen[^4..].Distinct().Count() > 1 || seen[^1] < least)
        {
            if (waited.Elapsed > SettleTimeout) throw new TimeoutException($"The feed subscribers never settled at {least} or more: is the kiosk token (--kiosk) valid?");
            seen.Add((await TryReadAsync(http, ct))?.FeedSubscribers ?? -1);
            await Task.Delay(500, ct);
        }
        return await SteadyAsync(http, seen[^1], ct);
    }

    private static async Task<Reading?> TryReadAsync(HttpClient http, CancellationToken ct)
    {
        try
        {
            return await http.GetFromJsonAsync<Reading>("_benchmarks/memory", ct);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException)
        {
            return null; // not running, or not signed in (a login page is not JSON)
        }
    }

    private static long Kb(long bytes) => bytes / 1024;

    private sealed record Reading(long ManagedBytes, int FeedSubscribers);
}
