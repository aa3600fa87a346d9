using System.Text;
using Microsoft.Playwright;
using Portal.Accounts;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>The monthly briefing as Chromium prints it on A4 portrait: every column on the paper, 状态 included.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPrintBrowserTests(BrowserFixture chromium)
{
    private const double A4Width = 595.28; // points
    private const double SideMargin = 12 / 25.4 * 72; // report.css: @page margin 14mm 12mm
    private static readonly string[] Statuses = ["已完成", "进度正常", "略有滞后", "严重滞后", "暂无数据", "已停用"];

    [BrowserTheory]
    [InlineData(2013, 10)]
    [InlineData(2014, 3)] // with the 同比 column: the widest table
    public async Task Briefing_PrintedOnA4Portrait_HasEveryColumnInsideThePage(int year, int month)
    {
        await using var portal = LivePortal.Start(demo: true);
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await portal.LoginAsync(page, PortalRoles.Director);
        await page.GotoAsync(portal.Url($"/report?year={year}&month={month}"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-report-kpis] tbody tr").First).ToBeVisibleAsync();
        var onScreen = await page.Locator(".report").InnerTextAsync();

        var pdf = await page.PdfAsync(new() { Format = "A4" });
        var path = PageWatch.ScreenshotPath($"report-{year}-{month}.pdf");
        await File.WriteAllBytesAsync(path, pdf);

        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        var outside = new List<string>();
        foreach (var p in document.GetPages())
        {
            Assert.InRange(p.Width, A4Width - 1, A4Width + 1); // portrait
            Assert.True(p.Height > p.Width);
            text.Append(string.Concat(p.Letters.Select(l => l.Value)));
            outside.AddRange(p.Letters.Where(l => l.BoundingBox.Right > A4Width - SideMargin + 1 && !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => $"p{p.Number} '{l.Value}' at {l.BoundingBox.Right:0}"));
        }
        Assert.True(outside.Count == 0, "past the right margin: " + string.Join(", ", outside.Take(20)));
        var printed = text.ToString();
        Assert.Contains("状态", printed);
        foreach (var status in Statuses)
            Assert.True(Count(printed, status) == Count(onScreen, status), $"{status}: {Count(printed, status)} printed, {Count(onScreen, status)} on screen");
        Assert.True(Statuses.Sum(s => Count(printed, s)) >= await page.Locator("[data-report-kpis] tbody tr").CountAsync());
    }

    private static int Count(string text, string word) => (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;
}
