using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Periods;
using Portal.Plans.Editing;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// A KPI retired mid-year and a month submitted while people have the pages open: the wall, the overview and a
/// staff member's entry page follow without a reload, and the unsaved edit on the entry page is kept and counted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RetiredAndClosedBrowserTests(BrowserFixture chromium)
{
    private const string Repairs = "ancient-books.repaired-pages", Surveyed = "ancient-books.surveyed";
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = Portal.Tests.Support.TestAccounts.Principal("admin.li", PortalRoles.Admin);

    [BrowserFact]
    public async Task KpiRetired_ThenMonthSubmitted_OpenPagesFollow_AndTheUnsavedEditIsKept()
    {
        await using var portal = LivePortal.Start();
        await portal.SaveAsync(Repairs, "ancient-books", 10, 820);
        await using var tv = await chromium.NewContextAsync();
        var wall = await tv.NewPageAsync();
        var wallWatch = new PageWatch(wall);
        await wall.GotoAsync(await portal.WallUrlAsync("page=overview&year=2013"));
        await Expect(wall.Locator(".wall-root")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wall.Locator($"[data-kpi='{Repairs}'] .kpi-status")).ToHaveTextAsync("严重滞后");
        await using var leads = await chromium.NewContextAsync();
        var overview = await leads.NewPageAsync();
        var overviewWatch = new PageWatch(overview);
        await portal.LoginAsync(overview, PortalRoles.Director);
        await overview.GotoAsync(portal.Url("/?year=2013"));
        await Expect(overview.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await using var desk = await chromium.NewContextAsync();
        var entry = await desk.NewPageAsync();
        var entryWatch = new PageWatch(entry);
        await portal.LoginAsync(entry, PortalRoles.Staff, "ancient-books");
        await entry.GotoAsync(portal.Url("/entry?year=2013&division=ancient-books&month=10"));
        await Expect(entry.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await entry.Locator($"[data-testid='entry-input-{Surveyed}']").FillAsync("255");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var edit = await scope.ServiceProvider.GetRequiredService<PlanEditor>().ApplyAsync(2013, new RetireKpi(Repairs, 10), 1, "修复任务移交省古籍保护中心", Admin);
            Assert.True(edit.Ok, edit.Error);
        }

        await Expect(wall.Locator($"[data-kpi='{Repairs}'] .kpi-status")).ToHaveTextAsync("已停用");
        await Expect(wall.Locator($"article[data-kpi='{Repairs}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("kpi--retired"));
        await Expect(overview.Locator("[data-status-filter='Retired']")).ToHaveAttributeAsync("data-count", "1");
        await Expect(entry.Locator($"[data-retired='{Repairs}']")).ToHaveTextAsync("已停用");
        await Expect(entry.Locator($"[data-testid='entry-input-{Repairs}']")).ToHaveCountAsync(0);
        await Expect(entry.Locator($"[data-testid='entry-input-{Surveyed}']")).ToHaveValueAsync("255");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var closed = await scope.ServiceProvider.GetRequiredService<PeriodService>().CloseAsync(Admin, 2013, "ancient-books", 10);
            Assert.True(closed.Ok, closed.Message);
        }

        await Expect(entry.Locator("[data-testid='entry-closed']")).ToContainTextAsync("尚未保存的 1 项修改仍保留在本页");
        await Expect(entry.Locator("input[data-kpi]")).ToHaveCountAsync(0);
        await wall.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("wall-retired-kpi.png") });
        await overview.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("overview-retired-kpi.png"), FullPage = true });
        await entry.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("entry-closed-month.png"), FullPage = true });
        wallWatch.AssertNoErrors();
        overviewWatch.AssertNoErrors();
        entryWatch.AssertNoErrors();
    }

    [BrowserFact]
    public async Task Admin_UnlocksAClosedMonthWithAReason_SavesACorrection()
    {
        await using var portal = LivePortal.Start();
        await portal.SaveAsync(Repairs, "ancient-books", 10, 820);
        await using (var scope = portal.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<PeriodService>().CloseAsync(Admin, 2013, "ancient-books", 10)).Ok);
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Admin);
        await page.GotoAsync(portal.Url("/entry?year=2013&division=ancient-books&month=10"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("input[data-kpi]")).ToHaveCountAsync(0);

        await page.ClickAsync("[data-testid='entry-override']");
        await page.Locator("input[data-testid='entry-override-reason'], [data-testid='entry-override-reason'] input").FillAsync("修复页数统计有误，按修复档案更正");
        await page.ClickAsync("[data-testid='entry-override-start']");
        await page.Locator($"[data-testid='entry-input-{Repairs}']").FillAsync("860");
        await page.ClickAsync("[data-testid='entry-save']");

        await Expect(page.Locator("[data-testid='entry-status']")).ToContainTextAsync("已保存 1 项");
        await Expect(page.Locator("[data-testid='entry-overriding']")).ToContainTextAsync("修复页数统计有误");
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("entry-closed-month-override.png"), FullPage = true });
        watch.AssertNoErrors();
    }
}
