using Microsoft.Playwright;
using Portal.Accounts;
using Portal.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Accessibility.KeyboardFocus;

namespace Portal.Tests.Accessibility;

/// <summary>The overview with a keyboard: the skip link is the page's first control and leads into it; a section card filters with Enter and Space.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardOverviewTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task Overview_SkipLinkThenSectionCard_WorkWithTheKeyboard()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        var (page, watch) = await SignedInPage.OpenAsync(context, portal, portal.Url("/?year=2013"), PortalRoles.Viewer);
        await AssertOnAsync(page, "h1", "the overview opened, focus on its heading");

        await MoveToAsync(page, "Shift+Tab", "a.skip-link", "back to the skip link");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('a[href], button, input')).indexOf(document.activeElement)"));
        await page.Keyboard.PressAsync("Enter");
        await AssertOnAsync(page, "main#main-content", "the skip link leads into the page");

        var card = page.Locator("button[data-section='五']");
        await MoveToAsync(page, "Tab", "button[data-section='五']", "to section 五's card");
        await page.Keyboard.PressAsync("Enter");
        await Expect(card).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("td[data-kpi='sharing.documentaries']")).ToHaveCountAsync(1);
        await Expect(page.Locator("td[data-kpi='circulation.loans']")).ToHaveCountAsync(0);
        await AssertOnAsync(page, "button[data-section='五']", "the card keeps focus once pressed");
        await page.Keyboard.PressAsync(" ");
        await Expect(card).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(page.Locator("td[data-kpi='circulation.loans']")).ToHaveCountAsync(1);
        watch.AssertNoErrors();
    }
}
