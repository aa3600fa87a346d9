using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Accounts;
using Portal.PlanImport;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>An admin reviews a new year's plan in /plans/new, publishes it, and the new year's figures reach its wall.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanReviewBrowserTests(BrowserFixture chromium)
{
    private Task<IBrowserContext> ReviewContextAsync() => chromium.Browser.NewContextAsync(new()
    {
        ViewportSize = new() { Width = 1600, Height = 1000 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
    });

    [BrowserFact]
    public async Task Review_ClickTarget_ScrollsTheDocumentToItsQuoteAndHighlightsIt()
    {
        await using var portal = LivePortal.Start();
        int id;
        await using (var scope = portal.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<PlanDraftService>().CreateAsync("plan-2014.docx", Plan2014.Extracted(), Portal.Tests.Support.TestWriters.Admin("测试"))).Id;
        await using var context = await ReviewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Admin);

        await page.GotoAsync(portal.Url($"/plans/new/{id}"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await page.ClickAsync("tr[data-target='t10']");

        var quote = page.Locator("mark[data-quote='t10']");
        await Expect(quote).ToHaveClassAsync("quote selected");
        await Expect(quote).ToBeInViewportAsync();
        // The row moves to the top of the table with its editor under it, in view.
        await Expect(page.Locator("[data-editor='t10'] [data-annual]")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("plan-review.png") });
        watch.AssertNoErrors();
    }

    [BrowserFact]
    public async Task NewPlan_UploadFixPublish_FigureForTheNewYearReachesItsWall()
    {
        await using var portal = LivePortal.Start();
        await using var context = await ReviewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Admin);
        await page.GotoAsync(portal.Url("/plans/new"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "2014年工作要点.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = Docx("浙江图书馆 2014 年工作要点", "一、提升读者服务水平", "1. 深化免费开放，优化借阅服务。外借文献 110万册次以上。"),
        });
        // Reading the document and storing the draft: a bound for a busy two-core runner, not a pause.
        await Expect(page).ToHaveURLAsync(new Regex(@"/plans/new/\d+$"), new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-document]")).ToContainTextAsync("外借文献 110万册次以上");

        // The extractor found the section, the item and the target; the admin opens it beside its sentence.
        await Expect(page.Locator("tr[data-target]")).ToHaveCountAsync(1);
        await page.ClickAsync("tr[data-target='t1']");
        var editor = page.Locator("[data-editor='t1']");
        await Expect(editor).ToBeVisibleAsync();
        await Expect(page.Locator("mark[data-quote='t1']")).ToHaveClassAsync("quote selected");

        // The extractor read 110万 as 1,100,000; the admin corrects it to the agreed 120万 and links 2013's loans.
        await Expect(editor.Locator("[data-annual]")).ToContainTextAsync("1,100,000 册次");
        await SetAsync(editor, "value", "1200000");
        await Expect(page.Locator("tr[data-target='t1'] [data-value]")).ToContainTextAsync("1,200,000");
        await page.ClickAsync("[data-editor='t1'] [data-confirm-previous]");
        await Expect(page.Locator("tr[data-target='t1']")).ToHaveAttributeAsync("data-code", "circulation.loans");

        await page.ClickAsync("[data-publish]");
        await Expect(page.Locator("[data-published='2014']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        watch.AssertNoErrors();

        // 90,000 loans in January 2014 through the API, then the wall of 2014.
        using var http = new HttpClient { BaseAddress = new Uri(portal.Url("/")) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await portal.ApiTokenAsync());
        var put = await http.PutAsJsonAsync("/api/plans/2014/figures/circulation.loans/reader-services/1", new { value = 90_000 });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        var wall = await context.NewPageAsync();
        await wall.GotoAsync(await portal.WallUrlAsync("year=2014&page=overview"));
        await Expect(wall.Locator(".wall-root")).ToHaveAttributeAsync("data-interactive", "true");
        // 90,000 of 1,200,000
        await Expect(wall.Locator("[data-kpi='circulation.loans'] .kpi-percent")).ToHaveTextAsync("7.5%");
        await wall.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("plan-2014-wall.png") });
    }

    /// <summary>A Word document of plain paragraphs, as a plan is typed without list styles.</summary>
    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }
        return stream.ToArray();
    }

    private static async Task SetAsync(ILocator editor, string field, string value)
    {
        var input = editor.Locator($"input[data-field='{field}'], [data-field='{field}'] input").First;
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
