using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>The app bar's notices bell opens with a mouse click, as people use it, not only with the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticesBellBrowserTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task Bell_ClickedWithTheMouse_OpensTheNotices()
    {
        await using var portal = LivePortal.Start();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // A reminder went out for 历史文献部's March, which has no figures yet: one notice.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ReminderClaims.Add(new ReminderClaim { Year = 2013, Division = "ancient-books", Month = 3, Moment = "before", ClaimedAt = DateTimeOffset.UtcNow, Missing = 2 });
            await db.SaveChangesAsync();
        }
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Staff, "ancient-books");
        await page.GotoAsync(portal.Url("/"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-owed]")).ToHaveAttributeAsync("data-owed", "1");

        await page.GetByRole(AriaRole.Button, new() { Name = "待填报提醒", Exact = true }).ClickAsync();

        var notice = page.Locator("[data-owed-item='ancient-books/3']");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("历史文献部");
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("notices-bell-open.png") });
        watch.AssertNoErrors();
    }
}
