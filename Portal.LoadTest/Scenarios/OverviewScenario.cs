using System.Diagnostics;
using Microsoft.Playwright;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// A library's overview from a cold circuit (issue 23, item 6): one headless Chromium signed in once, then for each
/// run a new page (a new circuit) at --path, timed from the navigation's start to the prerendered page (its load
/// event) and to the circuit being live with the overview's title in it (--ready: another page's element, e.g.
/// <c>tr[data-standing]</c> for /province). The user is one made with `user add`: its
/// one-time password (--password) is changed to --new-password on the first sign-in, as a person would.
/// </summary>
public sealed class OverviewScenario : IScenario
{
    private static readonly TimeSpan GoalLive = TimeSpan.FromSeconds(1);

    public string Name => "overview";

    public string Help => "cold-circuit overview timing: --user NAME --password P [--new-password P2] [--path /l/CODE/] [--ready CSS (default h1.page-title)] [--runs 10] [--chromium /usr/bin/chromium]";

    public async Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        var runs = options.Int("runs", 10);
        var path = options.Text("path", "/");
        var shownWhen = options.Text("ready", "h1.page-title");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = options.Text("chromium", "/usr/bin/chromium"),
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
        await using var context = await browser.NewContextAsync(new() { BaseURL = portal.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1600, Height = 1000 } });
        await SignInAsync(context, options);

        var (loaded, live) = (new List<double>(), new List<double>());
        for (var i = 0; i <= runs; i++) // the first run warms the server's and the browser's caches and is left out
        {
            var page = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(path);
            var load = clock.Elapsed.TotalMilliseconds;
            try
            {
                await page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 30_000 });
                await page.Locator(shownWhen).First.WaitForAsync(new() { Timeout = 30_000 });
            }
            catch (TimeoutException)
            {
                var shot = Path.Combine(Path.GetTempPath(), "overview-failed.png");
                Console.Error.WriteLine($"overview: no live overview at {page.Url} (title \"{await page.TitleAsync()}\"); the page is in {shot}");
                await page.ScreenshotAsync(new() { Path = shot });
                return 2;
            }
            var ready = clock.Elapsed.TotalMilliseconds;
            // Leaving sends Blazor's disconnect beacon, so the server ends this circuit before the next one starts.
            await page.GotoAsync("about:blank");
            await page.CloseAsync();
            if (i == 0) continue;
            loaded.Add(load);
            live.Add(ready);
        }

        Console.WriteLine($"overview: {path}, {runs} cold circuits after 1 warm-up, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine($"  prerendered (load event): median {Median(loaded):0} ms, max {loaded.Max():0} ms");
        Console.WriteLine($"  circuit live with title  : median {Median(live):0} ms, max {live.Max():0} ms (goal ≤ {GoalLive.TotalMilliseconds:0} ms)");
        return Median(live) <= GoalLive.TotalMilliseconds ? 0 : 1;
    }

    private static async Task SignInAsync(IBrowserContext context, IReadOnlyDictionary<string, string> options)
    {
        var (user, password) = (options["user"], options["password"]);
        var changed = options.Text("new-password", "Bench-overview-2099!");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name='Input.UserName']", user);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("form[data-login-form] button[type='submit']");
        await page.WaitForURLAsync(url => !url.EndsWith("/login", StringComparison.Ordinal));
        if (page.Url.Contains("/login/password", StringComparison.Ordinal))
        {
            await page.FillAsync("input[name='Input.CurrentPassword']", password);
            await page.FillAsync("input[name='Input.NewPassword']", changed);
            await page.FillAsync("input[name='Input.ConfirmPassword']", changed);
            await page.ClickAsync("form button[type='submit']");
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        }
        await page.CloseAsync();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
