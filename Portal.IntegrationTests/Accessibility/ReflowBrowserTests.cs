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
            if (size[0] > size[1]) wide.Add($"{path}: {size[0]} px wide in a {size[1]} px window");
            var name = path.Trim('/').Split('?')[0].Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath($"reflow-320-{(name.Length == 0 ? "overview" : name)}.png"), FullPage = true });
        }

        Assert.True(wide.Count == 0, string.Join(Environment.NewLine, wide));
    }
}
