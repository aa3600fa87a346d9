using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>A page signed in as a new user of a role, opened at an address (the portal's own or through a proxy) once its circuit is live.</summary>
public static class SignedInPage
{
    public static async Task<(IPage Page, PageWatch Watch)> OpenAsync(IBrowserContext context, LivePortal portal, string url,
        string role, params string[] divisions)
    {
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, role, divisions);
        await page.GotoAsync(url);
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        return (page, watch);
    }
}
