using Microsoft.Playwright;
using Portal.Accounts;
using Portal.IntegrationTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Accessibility;

/// <summary>
/// axe with the main dialogs and editors open, as a user meets them: cell history, the task editor, a target in
/// the plan review, and the submit and return confirmations of the reporting board.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeDialogsBrowserTests(BrowserFixture chromium, AxePortal fixture) : IClassFixture<AxePortal>
{
    [BrowserTheory]
    [InlineData("zh", 8)]
    [InlineData("en", 9)]
    public async Task MainDialogsOpen_HaveNoSeriousViolations(string language, int month)
    {
        // Each language submits and returns its own month of the shared portal, so the two cases do not meet.
        var failing = new List<string>();
        async Task CheckAsync(string role, string[] divisions, string path, Func<IPage, Task> open, string label)
        {
            await using var context = await fixture.ContextAsync(chromium.Browser, language);
            var page = await context.NewPageAsync();
            await fixture.Portal.LoginAsync(page, role, divisions);
            await AxePortal.OpenAsync(page, fixture.Portal.Url(path));
            await open(page);
            failing.AddRange((await AxeCheck.RunAsync(page, $"{role}/{language} {label}")).Failing);
        }
        string[] readers = ["reader-services"];

        await CheckAsync(PortalRoles.Staff, readers, $"/entry?year=2013&division=reader-services&month={month}", async page =>
        {
            await page.Locator("[data-history]").First.ClickAsync();
            await Expect(page.Locator(".mud-dialog [data-testid='history'], .mud-dialog [data-testid='history-empty']")).ToHaveCountAsync(1);
        }, "cell history");
        await CheckAsync(PortalRoles.Staff, readers, "/plan", async page =>
        {
            await page.Locator("[data-edit]").First.ClickAsync();
            await Expect(page.Locator("[data-editor]")).ToHaveCountAsync(1);
        }, "task editor");
        await CheckAsync(PortalRoles.Admin, [], $"/plans/new/{fixture.DraftId}", async page =>
        {
            await page.ClickAsync("tr[data-target='t10']");
            await Expect(page.Locator("[data-editor='t10']")).ToBeVisibleAsync();
        }, "plan review target");
        await CheckAsync(PortalRoles.TeamLead, readers, $"/reporting?year=2013&month={month}", async page =>
        {
            await page.Locator("[data-division='reader-services'] [data-action='submit']").ClickAsync();
            await Expect(page.Locator("[data-confirm='submit']")).ToBeVisibleAsync();
            failing.AddRange((await AxeCheck.RunAsync(page, $"lead/{language} submit")).Failing);
            await page.Locator("[data-action='confirm-submit']").ClickAsync();
            await Expect(page.Locator("[data-division='reader-services']")).ToHaveAttributeAsync("data-state", "submitted");
        }, "submitted");
        await CheckAsync(PortalRoles.Director, [], $"/reporting?year=2013&month={month}", async page =>
        {
            await page.Locator("[data-division='reader-services'] [data-action='return']").ClickAsync();
            await Expect(page.Locator("[data-confirm='return']")).ToBeVisibleAsync();
        }, "return");

        Assert.True(failing.Count == 0, $"{failing.Count} serious or critical axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, failing)}");
    }
}
