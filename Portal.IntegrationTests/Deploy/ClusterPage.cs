using System.Net;
using Microsoft.Playwright;
using Portal.Hosting;
using Portal.IntegrationTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// A page opened through the gateway in a browser context of its own, tied to one instance by the gateway's
/// affinity cookie. Knows which instance served its latest page load (X-Portal-Instance of the document).
/// </summary>
public sealed class ClusterPage
{
    public const string Marker = "window.__loadedOnce";
    private string _servedBy = "";

    private ClusterPage(IBrowserContext context, IPage page, string kind)
    {
        Context = context;
        Page = page;
        Kind = kind;
        Watch = new PageWatch(page);
        page.Response += (_, r) =>
        {
            if (r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Headers.TryGetValue(InstanceEndpoints.Header.ToLowerInvariant(), out var name))
                Volatile.Write(ref _servedBy, name);
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public string Kind { get; }
    public PageWatch Watch { get; }
    public string ServedBy => Volatile.Read(ref _servedBy);
    public string StartedOn { get; private set; } = "";
    public int NavigationsAtStart { get; private set; }

    /// <summary>A wall (kiosk token) on the instance the cookies are tied to; null cookies: wherever the gateway sends it.</summary>
    public static async Task<ClusterPage> WallAsync(BrowserFixture chromium, PortalCluster cluster, CookieContainer? cookies,
        string query = "page=overview&year=2013")
    {
        var page = await OpenAsync(chromium, cluster, cookies, "wall");
        await page.Page.GotoAsync(await cluster.WallUrlAsync(query));
        await Expect(page.Page.Locator(".wall-root")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Page.Locator("#components-reconnect-modal")).ToHaveAttributeAsync("data-state", "connected");
        return await page.MarkAsync();
    }

    /// <summary>The overview (总览), signed in as the demo director.</summary>
    public static async Task<ClusterPage> OverviewAsync(BrowserFixture chromium, PortalCluster cluster, CookieContainer cookies)
    {
        var page = await OpenAsync(chromium, cluster, cookies, "overview");
        await page.Page.GotoAsync(cluster.Url("/login"));
        await page.Page.FillAsync("input[name='Input.UserName']", "director");
        await page.Page.FillAsync("input[name='Input.Password']", "demo-director-2013");
        await page.Page.ClickAsync("form[data-login-form] button[type='submit']");
        try
        {
            await page.Page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"Login did not leave {page.Page.Url} (served by {page.ServedBy}): {await page.Page.InnerTextAsync("body")}", e);
        }
        await page.Page.GotoAsync(cluster.Url("/?year=2013"));
        await Expect(page.Page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        return await page.MarkAsync();
    }

    private static async Task<ClusterPage> OpenAsync(BrowserFixture chromium, PortalCluster cluster, CookieContainer? cookies, string kind)
    {
        var context = await chromium.NewContextAsync();
        if (cookies is not null)
        {
            var affinity = cookies.GetCookies(new Uri(cluster.Gateway.Url)).Single(c => c.Name == ".WorkPlanPortal.Instance");
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = affinity.Name, Value = affinity.Value, Url = cluster.Gateway.Url }]);
        }
        return new ClusterPage(context, await context.NewPageAsync(), kind);
    }

    private async Task<ClusterPage> MarkAsync()
    {
        await Page.EvaluateAsync($"() => {Marker} = true");
        StartedOn = ServedBy;
        NavigationsAtStart = Watch.Navigations;
        return this;
    }

    public Task<bool> StillLoadedOnceAsync() => Page.EvaluateAsync<bool>($"() => {Marker} === true");

    /// <summary>Shows the figure: the wall's ticker names it, the overview's KPI row has the KPI's total.</summary>
    public Task ExpectFigureAsync(string tickerText, string overviewTotal, float timeout) => Kind == "wall"
        ? Expect(Page.Locator(".wall-ticker")).ToContainTextAsync(tickerText, new() { Timeout = timeout })
        : Expect(Page.Locator("tr:has([data-kpi='ancient-books.repaired-pages'])")).ToContainTextAsync(overviewTotal, new() { Timeout = timeout });

    public override string ToString() => $"{Kind} started on {StartedOn}, now served by {ServedBy}";
}
