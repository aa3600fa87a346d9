using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts.Users;
using Portal.Backups;
using Portal.Backups.Export;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Backups;

/// <summary>
/// All of a library's data in one .zip (ADR 029): imported into a fresh install it gives the same dashboards for
/// every year and month, the same figures and audit, and the accounts without their passwords.
/// </summary>
public sealed class LibraryExportTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Export_ImportedIntoAFreshInstall_ServesTheSameDashboardsFiguresAndAudit(DatabaseProvider provider)
    {
        using var source = new PortalFactory(demo: true, provider: provider);
        var admin = await source.CreateAdminClientAsync();
        // A changed figure (an Update in the audit) whose note starts like a formula, and a submitted month.
        var figures = await admin.GetFromJsonAsync<List<FigureRow>>("/api/plans/2014/figures?kpi=circulation.loans");
        var loans = figures!.First();
        (await admin.PutAsJsonAsync($"/api/plans/2014/figures/{loans.Kpi}/{loans.Division}/{loans.Month}",
            new { value = loans.Value + 1234, note = "=SUM(A1) 读者服务部更正", version = loans.Version })).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/plans/2013/closures/reader-services/3", null)).EnsureSuccessStatusCode();

        var zip = new MemoryStream();
        await using (var scope = source.Scope()) await scope.ServiceProvider.GetRequiredService<LibraryExport>().WriteAsync(zip);

        using var database = TestDatabase.Create(provider);
        using (var fresh = new PortalFactory(shared: database))
        {
            await using var scope = fresh.Scope();
            zip.Position = 0;
            await scope.ServiceProvider.GetRequiredService<LibraryImport>().ImportAsync(zip, "export.zip");
        }
        using var imported = new PortalFactory(shared: database);
        var reader = await imported.CreateAdminClientAsync();
        foreach (var year in new[] { 2013, 2014 })
        {
            for (var month = 1; month <= 12; month++)
            {
                var path = $"/api/plans/{year}/dashboard?asOf={month}";
                Assert.Equal(await admin.GetStringAsync(path), await reader.GetStringAsync(path));
            }
            foreach (var path in new[] { $"/api/plans/{year}/figures", $"/api/plans/{year}/audit", $"/api/plans/{year}/closures", $"/api/plans/{year}/deadlines" })
                Assert.Equal(await admin.GetStringAsync(path), await reader.GetStringAsync(path));
        }
        await using var accounts = imported.Scope();
        var staff = (await accounts.ServiceProvider.GetRequiredService<UserAdmin>().ListAsync()).Single(u => u.UserName == "staff");
        Assert.Equal(["Staff"], staff.Roles);
        Assert.Equal(["reader-services"], staff.Divisions);
        Assert.True(staff.MustChangePassword);
    }

    [Fact]
    public async Task Import_IntoADatabaseWithFigures_OrNotAnExport_IsRefusedInChinese()
    {
        using var source = new PortalFactory(demo: true);
        await using var scope = source.Scope();
        var zip = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<LibraryExport>().WriteAsync(zip);
        zip.Position = 0;
        var import = scope.ServiceProvider.GetRequiredService<LibraryImport>();
        var notFresh = await Assert.ThrowsAsync<BackupFailure>(() => import.ImportAsync(zip, "export.zip"));
        Assert.Contains("只导入新安装的空门户", notFresh.Message);
        var notZip = await Assert.ThrowsAsync<BackupFailure>(() => import.ImportAsync(new MemoryStream("year,kpi\n"u8.ToArray()), "figures.csv"));
        Assert.Contains("不是门户的导出文件", notZip.Message);
    }

    [Fact]
    public async Task ExportDownload_AdminGetsTheZip_OthersAre403()
    {
        using var portal = new PortalFactory();
        var admin = await (await portal.CreateAdminClientAsync()).GetAsync(BackupEndpoints.ExportRoute);
        Assert.Equal(System.Net.HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("application/zip", admin.Content.Headers.ContentType?.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(await admin.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry(LibraryExport.Manifest));
        var director = await (await portal.CreateClientAsAsync(Portal.Accounts.PortalRoles.Director)).GetAsync(BackupEndpoints.ExportRoute);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, director.StatusCode);
    }

    private sealed record FigureRow(string Kpi, string Division, int Month, double Value, int Version);
}
