using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Backups.Export;
using Portal.Data;
using Portal.Data.Entities;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>/admin → 备份与导出 in a real browser: the last backup with a warning when it is old, and the export download.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackupAdminBrowserTests(BrowserFixture chromium)
{
    [BrowserFact]
    public async Task BackupTab_LastBackupThreeDaysOld_WarnsAndDownloadsTheExport()
    {
        await using var portal = LivePortal.Start(demo: true);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var at = DateTimeOffset.UtcNow.AddDays(-3);
            db.BackupRuns.Add(new BackupRun { StartedAt = at, FinishedAt = at.AddSeconds(2), File = "/srv/backups/portal-backup-old.db", Size = 412_672, Instance = "A" });
            await db.SaveChangesAsync();
        }
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        var watch = new PageWatch(page);
        await portal.LoginAsync(page, PortalRoles.Admin);
        await page.GotoAsync(portal.Url("/admin"));
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "备份与导出" }).ClickAsync();

        await Expect(page.Locator("[data-backup-alert='old']")).ToContainTextAsync("已超过两天");
        await Expect(page.Locator("[data-backup-size]")).ToHaveTextAsync("403 KB");
        await page.ScreenshotAsync(new() { Path = PageWatch.ScreenshotPath("admin-backups.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action='export']"));
        Assert.EndsWith(".zip", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"portal-export-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(saved);
        using var zip = new ZipArchive(new MemoryStream(await File.ReadAllBytesAsync(saved)));
        File.Delete(saved);
        Assert.Contains(LibraryExport.Manifest, zip.Entries.Select(e => e.FullName));
        Assert.Contains("plans/2013.json", zip.Entries.Select(e => e.FullName));
        watch.AssertNoErrors();
    }
}
