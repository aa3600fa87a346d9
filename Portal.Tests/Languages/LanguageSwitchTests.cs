using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data.Entities;
using Portal.Tests.Support;

namespace Portal.Tests.Languages;

/// <summary>?lang=, the culture cookie and the account's language, in that order, else Chinese (ADR 036).</summary>
public sealed class LanguageSwitchTests
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public async Task LoginPage_LangQuery_IsEnglishAndKeptInTheCookie_OthersStayChinese()
    {
        using var portal = new PortalFactory();
        using var browser = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var asked = await browser.GetAsync("/login?lang=en");
        var html = await asked.Content.ReadAsStringAsync();

        Assert.Contains(asked.Headers.GetValues("Set-Cookie"), c => c.StartsWith(EnglishCookie, StringComparison.Ordinal) && c.Contains("httponly"));
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Sign in", html);
        Assert.Contains("<html lang=\"en\"", await browser.GetStringAsync("/login")); // the cookie alone
        var stranger = await portal.CreateAnonymousClient().GetStringAsync("/login");
        Assert.Contains("<html lang=\"zh-CN\"", stranger);
        Assert.Contains("用户名", stranger);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("x' onload='")]
    public async Task LangQuery_Unsupported_IsChineseAndSetsNoCookie(string lang)
    {
        using var portal = new PortalFactory();
        using var answer = await portal.CreateAnonymousClient().GetAsync($"/login?lang={Uri.EscapeDataString(lang)}");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.DoesNotContain(answer.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"zh-CN\"", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UserMenuSwitch_SavesOnTheAccount_AndTheNextSignInElsewhereIsEnglish()
    {
        using var portal = new PortalFactory();
        await portal.CreateUserAsync("zhangmin", PortalRoles.Staff, "reader-services");
        using var browser = await portal.LoginAsync("zhangmin");
        var page = await browser.GetStringAsync("/plan");
        Assert.Contains("<html lang=\"zh-CN\"", page);

        using var switched = await browser.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(page), ["lang"] = "en", ["returnUrl"] = "/plan",
        }));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/plan", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\"", await browser.GetStringAsync("/plan"));
        Assert.Equal("en", await LanguageOfAsync(portal, "zhangmin"));
        using var otherBrowser = await portal.LoginAsync("zhangmin"); // no cookie there: the account's language comes back
        Assert.Contains("<html lang=\"en\"", await otherBrowser.GetStringAsync("/plan"));
    }

    [Fact]
    public async Task SignIn_AfterChoosingEnglishOnTheLoginPage_SavesItOnAnAccountWithoutOne()
    {
        using var portal = new PortalFactory();
        await portal.CreateUserAsync("wangfang", PortalRoles.Viewer);
        using var browser = portal.CreateClient(new() { AllowAutoRedirect = false });
        await browser.GetStringAsync("/login?lang=en");

        using var signIn = await TestAccounts.PostLoginAsync(browser, "wangfang", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("en", await LanguageOfAsync(portal, "wangfang"));
    }

    [Fact]
    public async Task Switch_ToAnotherSiteOrAnUnknownLanguage_GoesHomeAndChangesNothing()
    {
        using var portal = new PortalFactory();
        await portal.CreateUserAsync("lisi", PortalRoles.Viewer);
        using var browser = await portal.LoginAsync("lisi");
        var token = TestAccounts.AntiforgeryToken(await browser.GetStringAsync("/plan"));

        using var switched = await browser.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["lang"] = "de", ["returnUrl"] = "//evil.example/",
        }));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location?.OriginalString);
        Assert.Null(await LanguageOfAsync(portal, "lisi"));
    }

    [Fact]
    public async Task KioskWall_LangQuery_ShowsTheWallInEnglish()
    {
        using var portal = new PortalFactory(demo: true);
        var (_, token) = await portal.CreateKioskTokenAsync();
        using var tv = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var wall = await tv.GetAsync($"/wall?token={token}&lang=en");
        var html = await wall.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        Assert.Contains(wall.Headers.GetValues("Set-Cookie"), c => c.StartsWith(EnglishCookie, StringComparison.Ordinal));
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Key targets", html);
    }

    private static async Task<string?> LanguageOfAsync(PortalFactory portal, string userName)
    {
        await using var scope = portal.Scope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))?.Language;
    }
}
