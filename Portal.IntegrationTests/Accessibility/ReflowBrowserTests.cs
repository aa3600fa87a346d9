using Portal.IntegrationTests.Browser;

namespace Portal.IntegrationTests.Accessibility;

/// <summary>
/// WCAG 1.4.10: at 320 CSS px (what 1280 px at 400% zoom gives, so 200% zoom is covered too) no page scrolls
/// sideways; a wide table scrolls inside its own container, which the rule allows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowBrowserTests(BrowserFixture chromium, AxePortal fixture) : IClassFixture<AxePortal>
{
    [BrowserFact]
    public async Task EveryPage_At320Px_HasNoHorizontalScroll()
    {
        var portal = fixture.Portal;
        await using var context = await fixture.ContextAsync(chromium.Browser, "zh", width: 320, height: 640);
        var page = await context.NewPageAsync();
        await portal.LoginAsync(page, Portal.Accounts.PortalRoles.Admin);
        var urls = PortalRoutes.All(fixture.DraftId).Where(r => r.VisibleTo(Portal.Accounts.PortalRoles.Admin) && r.Path != "/login/password")
            .Select(r => r.Path).ToList();

        var wide = new List<string>();
        foreach (var path in urls)
        {
            await AxePortal.OpenAsync(page, portal.Url(path));
            var size = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
            if (size[0] > size[1]) wide.Add($"{path}: {size[0]} px wide in a {size[1]} px window; sticking out: {await SticksOutAsync(page)}");
            var name = path.Trim('/').Split('?')[0].Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath($"reflow-320-{(name.Length == 0 ? "overview" : name)}.png"), FullPage = true });
        }

        Assert.True(wide.Count == 0, string.Join(Environment.NewLine, wide));
    }

    /// <summary>The innermost elements that reach past the window's right edge, outside any container that scrolls itself.</summary>
    private static Task<string> SticksOutAsync(Microsoft.Playwright.IPage page) => page.EvaluateAsync<string>("""
        () => {
          const edge = document.scrollingElement.clientWidth;
          const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
          const out = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > edge + 0.5 && !scrolls(e));
          const innermost = out.filter(e => !out.some(o => o !== e && e.contains(o)));
          return innermost.slice(0, 6).map(e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).slice(0, 3).join('.') : ''} (${Math.round(e.getBoundingClientRect().right)} px)`).join(', ');
        }
        """);
}
