using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Backups.Export;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Tests.Support;

namespace Portal.Tests.Languages;

/// <summary>The export of ADR 029 carries each account's language: imported elsewhere, an English reader stays English.</summary>
public sealed class ExportedLanguageTests
{
    [Fact]
    public async Task Export_ImportedIntoAFreshInstall_KeepsTheAccountsLanguage()
    {
        using var source = new PortalFactory(demo: true);
        var zip = new MemoryStream();
        await using (var scope = source.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var staff = (await users.FindByNameAsync("staff"))!;
            staff.Language = "en";
            await users.UpdateAsync(staff);
            await scope.ServiceProvider.GetRequiredService<LibraryExport>().WriteAsync(zip);
        }

        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var fresh = new PortalFactory(shared: database);
        await using var target = fresh.Scope();
        zip.Position = 0;
        await target.ServiceProvider.GetRequiredService<LibraryImport>().ImportAsync(zip, "export.zip");

        var imported = target.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal("en", (await imported.FindByNameAsync("staff"))?.Language);
    }
}
