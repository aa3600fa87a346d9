using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Accounts;
using Portal.Accounts.Admin;
using Portal.Accounts.Users;
using Portal.Tests.Support;
using Portal.Tests.Support.Accounts;

namespace Portal.Tests.Accounts;

/// <summary>Text people typed (notes, names, labels) is shown as text, never run as markup, on every page.</summary>
public sealed class MarkupEncodingTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Encoded = "&lt;script&gt;alert(1)&lt;/script&gt;";

    [Fact]
    public async Task ScriptInNotesNamesAndLabels_IsNeverMarkup_OnAnyPage()
    {
        var admin = TestAccounts.Principal("admin", PortalRoles.Admin);
        Assert.True((await portal.SaveAsAsync(admin, AccountsPortal.Own, 10, 98_112, note: Script)).Ok);
        await using (var scope = portal.Scope())
            await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync("xss.user", [PortalRoles.Viewer], [], TestWriters.Admin("admin"), displayName: Script, password: TestAccounts.Password);
        await portal.CreateKioskTokenAsync(Script);
        using var client = await portal.CreateAdminClientAsync();
        var pages = RouteCatalog.All(portal).Where(r => r.Method == "GET" && !r.IsStaticAsset
            && !r.Path.StartsWith("/_", StringComparison.Ordinal) && !r.Path.StartsWith("/hubs", StringComparison.Ordinal)).ToList();

        var unsafePages = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page.Path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue; // CSV and JSON carry notes as data, not markup
            var html = await response.Content.ReadAsStringAsync();
            if (html.Contains(Script, StringComparison.Ordinal)) unsafePages.Add(page.Path);
        }

        Assert.Empty(unsafePages);
        Assert.Contains(Encoded, await client.GetStringAsync("/admin")); // the display name, shown as text
    }

    [Fact]
    public async Task AccountNotice_ShowsUserTextAsText()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();

        var cut = ctx.Render<AccountNotice>(p => p.Add(c => c.Result, AccountResult.Fail($"用户名“{Script}”无效")));

        Assert.Contains(Encoded, cut.Markup);
        Assert.DoesNotContain(Script, cut.Markup);
    }
}
