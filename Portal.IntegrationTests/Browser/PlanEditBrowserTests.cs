using Microsoft.Playwright;
using Portal.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlanEditBrowserTests(BrowserFixture chromium)
{
    private const string RepairsTile = "[data-kpi='ancient-books.repaired-pages'] .kpi-percent";

    [BrowserFact]
    public async Task Admin_ChangesATargetMidYear_TheOpenWallFollowsWithoutReload_AndTheChangeIsAudited()
    {
        await using var portal = LivePortal.Start();
        await portal.SaveAsync("ancient-books.repaired-pages", "ancient-books", 10, 820);
        await using var tvContext = await chromium.NewContextAsync();
        var wall = await tvContext.NewPageAsync();
        var wallWatch = new PageWatch(wall);
        await wall.GotoAsync(await portal.WallUrlAsync("page=overview&year=2013"));
        await Expect(wall.Locator(".wall-root")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wall.Locator(RepairsTile)).ToHaveTextAsync("9.1%"); // 820 of 9,000
        await wall.EvaluateAsync("() => window.wallMarker = 'not reloaded'");
        await using var adminContext = await chromium.NewContextAsync();
        var editor = await adminContext.NewPageAsync();
        var watch = new PageWatch(editor);
        await portal.LoginAsync(editor, PortalRoles.Admin);
        await editor.GotoAsync(portal.Url("/plans/edit?year=2013"));
        await Expect(editor.Locator("[data-interactive='true']")).ToHaveCountAsync(1);

        await editor.ClickAsync("tr[data-kpi='ancient-books.repaired-pages'] [data-action='target']");
        await editor.Locator("[data-field='target'] input, input[data-field='target']").FillAsync("10000");
        await editor.Locator("[data-field='reason'] textarea, textarea[data-field='reason']").FillAsync("省古籍保护中心追加修复任务");
        await editor.ClickAsync("[data-save]");

        await Expect(editor.Locator("[data-edit-done]")).ToContainTextAsync("第 2 版");
        await Expect(wall.Locator(RepairsTile)).ToHaveTextAsync("8.2%"); // the same 820, now of 10,000
        Assert.Equal("not reloaded", await wall.EvaluateAsync<string>("() => window.wallMarker"));
        await editor.ClickAsync("text=修改记录（1）");
        await Expect(editor.Locator("tr[data-audit='kpi-target']")).ToContainTextAsync("省古籍保护中心追加修复任务");
        await editor.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("plan-edit-audit.png") });
        await wall.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("plan-edit-wall.png") });
        watch.AssertNoErrors();
        wallWatch.AssertNoErrors();
    }
}
