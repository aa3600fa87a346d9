using System.Text;
using Microsoft.Playwright;
using Portal.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>Staff import a CSV from the entry page: the same all-or-nothing import as the API, with progress and line errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EntryCsvBrowserTests(BrowserFixture chromium)
{
    private static FilePayload Csv(string body) => new()
    {
        Name = "figures.csv", MimeType = "text/csv", Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(body)],
    };

    [BrowserFact]
    public async Task Import_GoodFile_FillsTheGrid_BadFile_NamesTheLineAndWritesNothing()
    {
        await using var portal = LivePortal.Start();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Staff, "ancient-books");
        await page.GotoAsync(portal.Url("/entry?year=2013&division=ancient-books&month=3"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid='entry-export']")).ToHaveAttributeAsync("href", "/api/plans/2013/figures.csv");

        await InputFileReadyAsync(page);
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(Csv(
            "kpi,division,month,value,note\nancient-books.repaired-pages,ancient-books,3,760,\nancient-books.surveyed,ancient-books,3,255,春季普查\n"));

        await Expect(page.Locator("[data-testid='entry-import-result']")).ToContainTextAsync("已导入 2 行");
        await Expect(page.Locator("[data-testid='entry-input-ancient-books.repaired-pages']")).ToHaveValueAsync("760");

        await InputFileReadyAsync(page);
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(Csv(
            "kpi,division,month,value,note\nancient-books.repaired-pages,ancient-books,3,800,\nancient-books.surveyed,ancient-books,13,1,\n"));

        await Expect(page.Locator("[data-testid='entry-import-result']")).ToContainTextAsync("第 3 行");
        await Expect(page.Locator("[data-testid='entry-input-ancient-books.repaired-pages']")).ToHaveValueAsync("760");
        watch.AssertNoErrors();
    }

    /// <summary>
    /// The circuit being interactive is not enough: a file set before InputFile's script has hooked the input's change
    /// event is silently lost (a flake on a loaded runner). That script marks the input once it has.
    /// </summary>
    private static Task InputFileReadyAsync(IPage page) => page.WaitForFunctionAsync(
        "() => [...document.querySelectorAll('input[type=file]')].pop()?._blazorInputFileNextFileId !== undefined");
}
