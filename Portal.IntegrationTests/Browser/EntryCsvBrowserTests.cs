using System.Text;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Figures;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

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
        await Expect(page.Locator("[data-testid='entry-export']")).ToHaveAttributeAsync("href", "/api/plans/2013/entry-sheet.xlsx?division=ancient-books&month=3");

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

    [BrowserFact]
    public async Task Xlsx_ExportedFromTheGrid_ChangedAndImportedBack_UpdatesTheGridAsTheUser()
    {
        await using var portal = LivePortal.Start();
        await portal.SaveAsync("ancient-books.repaired-pages", "ancient-books", 3, 760);
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        var user = await portal.LoginAsync(page, PortalRoles.Staff, "ancient-books");
        await page.GotoAsync(portal.Url("/entry?year=2013&division=ancient-books&month=3"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid='entry-export']"));
        Assert.Equal("2013年3月-历史文献部（省古籍保护中心）-填报表.xlsx", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var file = XlsxFiles.SetValue(copy.ToArray(), "ancient-books.repaired-pages", 812);

        await InputFileReadyAsync(page);
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "填报表.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = file,
        });

        await Expect(page.Locator("[data-testid='entry-import-result']")).ToContainTextAsync("已导入 1 行");
        await Expect(page.Locator("[data-testid='entry-input-ancient-books.repaired-pages']")).ToHaveValueAsync("812");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<FigureQueries>().AuditAsync(2013, "ancient-books.repaired-pages", "ancient-books", 3);
            Assert.Equal((760d, 812d, user), (audit[0].OldValue, audit[0].NewValue, audit[0].By));
        }
        watch.AssertNoErrors();
    }

    /// <summary>
    /// The circuit being interactive is not enough: a file set before InputFile's script has hooked the input's change
    /// event is silently lost (a flake on a loaded runner). That script marks the input once it has.
    /// </summary>
    private static Task InputFileReadyAsync(IPage page) => page.WaitForFunctionAsync(
        "() => [...document.querySelectorAll('input[type=file]')].pop()?._blazorInputFileNextFileId !== undefined");
}
