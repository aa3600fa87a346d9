using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Libraries;
using Portal.Tests.Support;

namespace Portal.Tests.Libraries;

/// <summary>The libraries tab on /admin against a real portal: the tree, adding one with its admin, refusals, retire and remove.</summary>
public sealed class LibrariesPanelTests : PortalPageContext
{
    public LibrariesPanelTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        // The portal's own LibraryAdmin (with its UserAdmin) in a scope that the test context disposes with itself.
        Services.AddSingleton(_ => new PortalScope(Factory.Scope()));
        Services.AddSingleton(s => s.GetRequiredService<PortalScope>().Get<LibraryAdmin>());
        Services.AddSingleton(Factory.Services.GetRequiredService<LibraryTree>());
        Admin = TestWriters.Admin("省馆管理员");
    }

    private ClaimsPrincipal Admin { get; }

    [Fact]
    public async Task Render_ListsOwnLibraryFirst_ThenEachCityWithItsCounties()
    {
        await AddAsync("nb-lib", "宁波图书馆", LibraryLevel.City, "zjlib");
        await AddAsync("hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib");
        await AddAsync("xh-lib", "杭州市西湖区图书馆", LibraryLevel.County, "hz-lib");

        var (cut, _) = RenderPanel();

        var rows = cut.FindAll("[data-library]");
        Assert.Equal(["zjlib", "hz-lib", "xh-lib", "nb-lib"], rows.Select(r => r.GetAttribute("data-library")));
        Assert.Contains("浙江图书馆（本馆）", rows[0].TextContent);
        Assert.Empty(rows[0].QuerySelectorAll("[data-action]")); // the admin's own library is not retired from below
        var county = rows[2].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["xh-lib", "杭州市西湖区图书馆", "县级", "杭州图书馆", "使用中"], county.Take(5));
    }

    [Fact]
    public void Render_ForALibraryNotInTheTree_SaysThereIsNothingToShow()
    {
        var (cut, _) = RenderPanel(new Claim(PortalClaims.Library, "999"));

        Assert.Equal("没有可显示的图书馆。", cut.Find("[data-libraries-empty]").TextContent);
        Assert.Empty(cut.FindAll("[data-library]"));
    }

    [Fact]
    public async Task Add_CityWithItsAdmin_ShowsTheOneTimePasswordOnce()
    {
        var (cut, _) = RenderPanel();

        await AddInFormAsync(cut, "hz-lib", "杭州图书馆", "hz.first");

        Assert.Contains("已添加图书馆杭州图书馆（hz-lib）", cut.Find("[data-library-message]").TextContent);
        var password = cut.Find("[data-secret] code").TextContent;
        Assert.True(password.Length >= 8, password);
        Assert.Contains("hz.first 的一次性密码", cut.Find("[data-secret]").TextContent);
        Assert.Contains("市级", cut.Find("[data-library='hz-lib']").TextContent);
        var library = (await Factory.Services.GetRequiredService<LibraryTree>().ReloadAsync()).Single(l => l.Code == "hz-lib");
        Assert.Equal((LibraryLevel.City, Library.DefaultId), (library.Level, library.ParentId));
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(library.Id, (await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == "hz.first")).LibraryId);
        Assert.Equal("", Field(cut, "code")); // cleared for the next one

        await cut.ClickAsync("[data-action='add-library']"); // the empty form is refused, and the password is gone
        Assert.Empty(cut.FindAll("[data-secret]"));
    }

    [Fact]
    public async Task Add_BadCode_ShowsTheRefusal_KeepsTheFields_AddsNothing()
    {
        var (cut, _) = RenderPanel();

        await AddInFormAsync(cut, "杭州 lib", "杭州图书馆", "hz.first");

        Assert.Contains("图书馆代码“杭州 lib”无效", cut.Find("[data-library-message]").TextContent);
        Assert.Empty(cut.FindAll("[data-secret]"));
        Assert.Equal(("杭州 lib", "杭州图书馆", "hz.first"), (Field(cut, "code"), Field(cut, "name"), Field(cut, "admin")));
        Assert.Single(await Factory.Services.GetRequiredService<LibraryTree>().ReloadAsync());
        Assert.Single(cut.FindAll("[data-library]"));
    }

    [Fact]
    public async Task Retire_AfterConfirmation_MarksTheLibraryRetired()
    {
        await AddAsync("hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib");
        var (cut, dialogs) = RenderPanel();

        await ConfirmAsync(cut, dialogs, "[data-library='hz-lib'] [data-action='retire']", "停用");

        Assert.Equal("已停用", cut.Find("[data-library='hz-lib'] [data-state]").TextContent);
        Assert.Contains("已停用杭州图书馆，其数据全部保留。", cut.Find("[data-library-message]").TextContent);
        Assert.Empty(cut.FindAll("[data-library='hz-lib'] [data-action='retire']"));
        Assert.NotNull((await Factory.Services.GetRequiredService<LibraryTree>().ReloadAsync()).Single(l => l.Code == "hz-lib").RetiredAt);
    }

    [Fact]
    public async Task Remove_Cancelled_ChangesNothing_Confirmed_RemovesTheLibrary()
    {
        await AddAsync("hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib");
        var (cut, dialogs) = RenderPanel();

        await ConfirmAsync(cut, dialogs, "[data-library='hz-lib'] [data-action='remove']", "取消");
        Assert.Single(cut.FindAll("[data-library='hz-lib']"));

        await ConfirmAsync(cut, dialogs, "[data-library='hz-lib'] [data-action='remove']", "删除");
        Assert.Empty(cut.FindAll("[data-library='hz-lib']"));
        Assert.Contains("已删除杭州图书馆。", cut.Find("[data-library-message]").TextContent);
        Assert.DoesNotContain(await Factory.Services.GetRequiredService<LibraryTree>().ReloadAsync(), l => l.Code == "hz-lib");
    }

    [Fact]
    public async Task Remove_LibraryWithOneBelowIt_ShowsTheRefusal_KeepsIt()
    {
        await AddAsync("hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib");
        await AddAsync("xh-lib", "杭州市西湖区图书馆", LibraryLevel.County, "hz-lib");
        var (cut, dialogs) = RenderPanel();

        await ConfirmAsync(cut, dialogs, "[data-library='hz-lib'] [data-action='remove']", "删除");

        Assert.Contains("杭州图书馆下还有图书馆，不能删除", cut.Find("[data-library-message]").TextContent);
        Assert.Equal(3, (await Factory.Services.GetRequiredService<LibraryTree>().ReloadAsync()).Count);
        Assert.Equal(3, cut.FindAll("[data-library]").Count);
    }

    private (IRenderedComponent<LibrariesPanel> Panel, IRenderedComponent<MudDialogProvider> Dialogs) RenderPanel(params Claim[] claims)
    {
        // As in a circuit that started before the test's libraries were added: its scope is computed once (ADR 039).
        // Set here, in a method that is not async, so that it holds for the rest of the test and its events.
        LibraryScope.Current = new LibraryScope(Library.DefaultId, [Library.DefaultId]);
        this.AddAuthorization().SetAuthorized("省馆管理员").SetRoles(PortalRoles.Admin).SetClaims(claims);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        return (Render<LibrariesPanel>(), dialogs);
    }

    private async Task AddAsync(string code, string name, LibraryLevel level, string parent)
    {
        await using var scope = Factory.Scope();
        var added = await scope.ServiceProvider.GetRequiredService<LibraryAdmin>().AddAsync(code, name, level, parent, $"{code}.admin", Admin);
        Assert.True(added.Succeeded, string.Join(" ", added.Errors));
    }

    /// <summary>Clicks a row's button, then the dialog's <paramref name="answer"/>; returns once the row's handler has finished.</summary>
    private static async Task ConfirmAsync(IRenderedComponent<LibrariesPanel> cut, IRenderedComponent<MudDialogProvider> dialogs, string button, string answer)
    {
        var handling = cut.ClickAsync(button); // ends only when the dialog is answered
        dialogs.WaitForAssertion(() => Assert.Contains(dialogs.FindAll(".mud-dialog button"), b => b.TextContent.Trim() == answer));
        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == answer).ClickAsync(new()));
        await handling;
    }

    /// <summary>Fills the add form (the level and parent as it opens: 市级 below the province) and presses 添加图书馆.</summary>
    private static async Task AddInFormAsync(IRenderedComponent<LibrariesPanel> cut, string code, string name, string admin)
    {
        await ChangeAsync(cut, "code", code);
        await ChangeAsync(cut, "name", name);
        await ChangeAsync(cut, "admin", admin);
        await cut.ClickAsync("[data-action='add-library']");
    }

    private static Task ChangeAsync(IRenderedComponent<LibrariesPanel> cut, string field, string value) =>
        cut.InvokeAsync(() => cut.Find(FieldSelector(field)).ChangeAsync(new ChangeEventArgs { Value = value }));

    private static string Field(IRenderedComponent<LibrariesPanel> cut, string field) => cut.Find(FieldSelector(field)).GetAttribute("value") ?? "";

    private static string FieldSelector(string field) => $"input[data-field='{field}'], [data-field='{field}'] input";

    private sealed class PortalScope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
