using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.IntegrationTests.Browser;
using static Microsoft.Playwright.Assertions;
using static Portal.IntegrationTests.Accessibility.KeyboardFocus;

namespace Portal.IntegrationTests.Accessibility;

/// <summary>
/// A month of 读者服务部 done with a keyboard and no mouse (issue 26): staff sign in, open 数据填报 from the menu,
/// enter two figures (one three times its usual size, so its note and 确认 must be reached), save, and read a
/// notice from the bell; the team lead submits the month; the director reviews it. No click, no focus() from the
/// test, no address typed after the login page. After every key the focus is on a visible, named element with a
/// visible ring, never the page body.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardMonthTests(BrowserFixture chromium)
{
    private const string Division = "reader-services";
    private const string Loans = "circulation.loans", Visits = "circulation.visits";
    private const string Card = $"[data-division='{Division}']";

    [BrowserFact]
    public async Task Month_WithTheKeyboardOnly_IsEnteredSubmittedAndReviewed_AndFocusIsNeverLost()
    {
        await using var portal = LivePortal.Start();
        await SeedAsync(portal);

        // Staff: February's two missing figures. Loans of 400,000 are over three times January's 95,000.
        await using var staffContext = await chromium.NewContextAsync();
        var (staff, staffWatch) = await SignInAsync(staffContext, portal, PortalRoles.Staff, Division);
        await MoveToAsync(staff, "Shift+Tab", ".mud-nav-link[href^='/entry']", "staff: back to 数据填报 in the menu");
        await staff.Keyboard.PressAsync("Enter");
        await AssertOnAsync(staff, "h1", "staff: 数据填报 opened, focus on its heading");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("数据填报");
        await Expect(staff.Locator(".entry-grid[data-keys='ready']")).ToHaveCountAsync(1);

        await MoveToAsync(staff, "Tab", $"input[data-kpi='{Loans}']", "staff: to 外借文献");
        await staff.Keyboard.TypeAsync("400000");
        await Expect(staff.Locator($"[data-warning='{Loans}']")).ToBeVisibleAsync();
        await MoveToAsync(staff, "Tab", $"[data-note='{Loans}'] input, input[data-note='{Loans}']", "staff: to the implausible value's note", most: 3);
        await staff.Keyboard.TypeAsync("图书馆之夜活动，外借量大增");
        await MoveToAsync(staff, "Tab", $"button[data-confirm='{Loans}']", "staff: to 确认数值无误", most: 2);
        await staff.Keyboard.PressAsync("Enter");
        await Expect(staff.Locator($"[data-confirmed='{Loans}']")).ToBeVisibleAsync();
        await AssertOnAsync(staff, $"[data-edit-note='{Loans}']", "staff: confirmed, focus on 修改说明 in its place");

        await MoveToAsync(staff, "Tab", $"input[data-kpi='{Visits}']", "staff: to 总流通人次", most: 3);
        await staff.Keyboard.TypeAsync("212000");
        await MoveToAsync(staff, "Shift+Tab", "[data-testid='entry-save']", "staff: back to 保存");
        await staff.Keyboard.PressAsync("Enter");
        await Expect(staff.Locator("[data-testid='entry-status']")).ToContainTextAsync("已保存 2 项");
        await AssertOnAsync(staff, "[role=status]", "staff: saved, focus on the message");
        Assert.Equal(400_000, await StoredAsync(portal, Loans));
        Assert.Equal(212_000, await StoredAsync(portal, Visits));

        // The bell: January still owes three figures. Open it, go down to the notice, close it again.
        await MoveToAsync(staff, "Shift+Tab", "[aria-label='待填报提醒']", "staff: back to the bell");
        await staff.Keyboard.PressAsync("Enter");
        var notice = staff.Locator($"[data-owed-item='{Division}/1']");
        await Expect(notice).ToBeVisibleAsync();
        var read = await AssertOnAsync(staff, $"[data-owed-item='{Division}/1']", "staff: the bell opened on its first notice");
        Assert.Contains("读者服务部", read.Name);
        await staff.Keyboard.PressAsync("Escape");
        await Expect(notice).ToBeHiddenAsync();
        await AssertOnAsync(staff, "[aria-label='待填报提醒']", "staff: the bell closed, focus back on it");
        staffWatch.AssertNoErrors();

        // The team lead submits February; the month is complete, so 确认提交 is the form's first control.
        await using var leadContext = await chromium.NewContextAsync();
        var (lead, leadWatch) = await SignInAsync(leadContext, portal, PortalRoles.TeamLead, Division);
        await OpenReportingAsync(lead, "lead");
        await MoveToAsync(lead, "Tab", $"{Card} [data-action='submit']", "lead: to 提交");
        await lead.Keyboard.PressAsync("Enter");
        await AssertOnAsync(lead, $"{Card} [data-action='confirm-submit']", "lead: the form opened, focus in it");
        await lead.Keyboard.PressAsync("Enter");
        await Expect(lead.Locator(Card)).ToHaveAttributeAsync("data-state", "submitted");
        var submitted = await AssertOnAsync(lead, $"{Card} [role=status]", "lead: submitted, focus on the message");
        Assert.Contains("2 月已提交", submitted.Name);
        leadWatch.AssertNoErrors();

        // The director reviews it.
        await using var directorContext = await chromium.NewContextAsync();
        var (director, directorWatch) = await SignInAsync(directorContext, portal, PortalRoles.Director);
        await OpenReportingAsync(director, "director");
        await MoveToAsync(director, "Tab", $"{Card} [data-action='review']", "director: to 审核通过");
        await director.Keyboard.PressAsync("Enter");
        await Expect(director.Locator(Card)).ToHaveAttributeAsync("data-state", "reviewed");
        var reviewed = await AssertOnAsync(director, $"{Card} [role=status]", "director: reviewed, focus on the message");
        Assert.Contains("2 月已审核", reviewed.Name);
        await director.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("keyboard-month-reviewed.png") });
        directorWatch.AssertNoErrors();
    }

    /// <summary>
    /// January's loans (the scale February's are checked against) and a reminder for January; February's other two
    /// figures, so the month shown by default is February and it is complete once staff have entered theirs.
    /// </summary>
    private static async Task SeedAsync(LivePortal portal)
    {
        await portal.SaveAsync(Loans, Division, 1, 95_000);
        await portal.SaveAsync("readers.new-cards", Division, 2, 1_260);
        await portal.SaveAsync("readers.total-cards", Division, 2, 283_400);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ReminderClaims.Add(new ReminderClaim { Year = 2013, Division = Division, Month = 1, Moment = "before", ClaimedAt = DateTimeOffset.UtcNow, Missing = 3 });
        await db.SaveChangesAsync();
    }

    /// <summary>Signs in on the login page with keys only and lands on the overview, focus on its heading.</summary>
    private static async Task<(IPage Page, PageWatch Watch)> SignInAsync(IBrowserContext context, LivePortal portal, string role,
        params string[] divisions)
    {
        var name = await portal.CreateUserAsync(role, divisions);
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(portal.Url("/login"));
        await MoveToAsync(page, "Tab", "input[name='Input.UserName']", $"{role}: Tab into the login page's first field", most: 3);
        await page.Keyboard.TypeAsync(name);
        await MoveToAsync(page, "Tab", "input[name='Input.Password']", $"{role}: to the password", most: 1);
        await page.Keyboard.TypeAsync(global::Portal.Tests.Support.TestAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await AssertOnAsync(page, "h1", $"{role}: signed in, focus on the overview's heading");
        return (page, watch);
    }

    private static async Task OpenReportingAsync(IPage page, string who)
    {
        await MoveToAsync(page, "Shift+Tab", ".mud-nav-link[href^='/reporting']", $"{who}: back to 填报进度 in the menu");
        await page.Keyboard.PressAsync("Enter");
        await AssertOnAsync(page, "h1", $"{who}: 填报进度 opened, focus on its heading");
        await Expect(page.Locator(Card)).ToHaveCountAsync(1);
    }

    private static async Task<double> StoredAsync(LivePortal portal, string kpi)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Figures.AsNoTracking()
            .Where(f => f.Year == 2013 && f.Division == Division && f.Month == 2 && f.Kpi == kpi).Select(f => f.Value).SingleAsync();
    }
}
