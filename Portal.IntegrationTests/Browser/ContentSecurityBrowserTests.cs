using Microsoft.Playwright;
using Portal.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// Every page works under the portal's Content-Security-Policy in Chromium: the circuit connects, MudBlazor's scripts
/// run, and the browser reports no violation (neither a securitypolicyviolation event nor a console message).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityBrowserTests(BrowserFixture chromium)
{
    private static readonly string[] Pages =
    [
        "/", "/kpi/circulation.loans", "/divisions", "/divisions/reader-services", "/plan", "/report?month=10",
        "/entry?year=2013&division=reader-services&month=10", "/periods", "/admin",
    ];

    /// <summary>Runs before any page script: keeps every violation the page reports, in order.</summary>
    private const string RecordViolations = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
        """;

    [BrowserFact]
    public async Task EveryPage_UnderTheCsp_WorksWithoutViolations()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        var consoleCsp = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (consoleCsp) consoleCsp.Add(m.Text); };
        await portal.LoginAsync(page, PortalRoles.Admin);

        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(portal.Url(path));
            Assert.Contains("script-src 'self' 'nonce-", (await response!.AllHeadersAsync())["content-security-policy"]);
            await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
            Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        }
        // MudBlazor's own script at work: a select opens its popover, the plan filter re-renders through the circuit.
        await page.GotoAsync(portal.Url("/plan"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await page.Locator("[data-owner-filter] .mud-input-control").ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("[data-filter='Done']").ClickAsync();
        await Expect(page.Locator("[data-filter='Done'].mud-button-filled")).ToHaveCountAsync(1);

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        lock (consoleCsp) Assert.Empty(consoleCsp);
        watch.AssertNoErrors();
    }

    [BrowserFact]
    public async Task Wall_UnderTheCsp_ConnectsAndShowsFiguresWithoutViolations()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);

        await page.GotoAsync(await portal.WallUrlAsync("page=overview"));

        await Expect(page.Locator(".wall-root")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator("#components-reconnect-modal")).ToHaveAttributeAsync("data-state", "connected");
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        watch.AssertNoErrors();
    }
}
