using Portal.Data;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Users;
using Portal.Tests.Support;
using Portal.Tests.Support.Accounts;

namespace Portal.IntegrationTests.Accounts;

/// <summary>The static login form: cookies, anti-forgery, lockout, one-time passwords, logout.</summary>
public sealed class LoginTests(AccountsPortals portals) : IClassFixture<AccountsPortals>
{
    private AccountsPortal _portal = null!;

    [Theory, OnSqlite, OnPostgres]
    public async Task Login_RightPassword_SetsAnHttpOnlyLaxSessionCookie_AndReturnsToThePage(DatabaseProvider db)
    {
        _portal = portals[db];
        await _portal.CreateUserAsync("li.na", PortalRoles.Staff, "reader-services");
        using var client = _portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await TestAccounts.PostLoginAsync(client, "li.na", TestAccounts.Password, "/login?returnUrl=%2Fperiods");
        using var page = await client.GetAsync("/periods");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/periods", response.Headers.Location!.AbsolutePath);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PortalSchemes.SessionCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.DoesNotContain("secure", cookie); // plain HTTP (the intranet default): SameAsRequest
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-user=\"li.na\"", await page.Content.ReadAsStringAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Login_OverHttps_MarksTheCookieSecure(DatabaseProvider db)
    {
        _portal = portals[db];
        await _portal.CreateUserAsync("secure.user", PortalRoles.Viewer);
        using var client = _portal.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var response = await TestAccounts.PostLoginAsync(client, "secure.user", TestAccounts.Password);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PortalSchemes.SessionCookie, StringComparison.Ordinal) && c.Contains("secure"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Login_ReturnUrlToAnotherSite_GoesHomeInstead(DatabaseProvider db)
    {
        _portal = portals[db];
        await _portal.CreateUserAsync("redirect.user", PortalRoles.Viewer);
        using var client = _portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await TestAccounts.PostLoginAsync(client, "redirect.user", TestAccounts.Password, "/login?returnUrl=%2F%2Fevil.example%2F");

        Assert.Equal(new Uri("http://localhost/"), new Uri(new Uri("http://localhost/"), response.Headers.Location!));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Login_WithoutTheAntiforgeryToken_IsRejected(DatabaseProvider db)
    {
        _portal = portals[db];
        using var client = _portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.UserName"] = "admin", ["Input.Password"] = "whatever-1234",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Lockout_AfterFiveFailures_RefusesEvenTheRightPassword_For15Minutes(DatabaseProvider db)
    {
        _portal = portals[db];
        await _portal.CreateUserAsync("zhao.lei", PortalRoles.Staff, "reader-services");
        using var client = _portal.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 1; i <= IdentityPolicy.MaxFailures; i++)
        {
            using var wrong = await TestAccounts.PostLoginAsync(client, "zhao.lei", "wrong-password-1");
            Assert.Contains(i < IdentityPolicy.MaxFailures ? "用户名或密码不正确" : "账号已锁定", await wrong.Content.ReadAsStringAsync());
        }
        using var right = await TestAccounts.PostLoginAsync(client, "zhao.lei", TestAccounts.Password);
        var lockoutEnd = await _portal.DbAsync(data => data.Users.Where(u => u.UserName == "zhao.lei").Select(u => u.LockoutEnd).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账号已锁定 15 分钟", await right.Content.ReadAsStringAsync());
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(PortalSchemes.SessionCookie, StringComparison.Ordinal)));
        // Identity stamps the lockout with the system clock (it takes no TimeProvider), so allow a minute either way.
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(16));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OneTimePassword_GivesNoSession_UntilChanged(DatabaseProvider db)
    {
        _portal = portals[db];
        string oneTime;
        await using (var scope = _portal.Scope())
            oneTime = (await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync("new.hire", [PortalRoles.Staff], ["branches"], TestWriters.Admin("admin"))).OneTimePassword!;
        using var client = _portal.CreateClient(new() { AllowAutoRedirect = false });

        using var login = await TestAccounts.PostLoginAsync(client, "new.hire", oneTime);
        Assert.Equal("/login/password", login.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var form = await client.GetStringAsync(login.Headers.Location);
        using var changed = await client.PostAsync("/login/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "password", ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(form),
            ["Input.UserName"] = "new.hire", ["Input.CurrentPassword"] = oneTime,
            ["Input.NewPassword"] = "my-own-pass-42", ["Input.ConfirmPassword"] = "my-own-pass-42",
        }));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PasswordPolicy_TooShort_IsRefusedInChinese(DatabaseProvider db)
    {
        _portal = portals[db];
        await using var scope = _portal.Scope();

        var result = await scope.ServiceProvider.GetRequiredService<UserAdmin>()
            .CreateAsync("short.pw", [PortalRoles.Viewer], [], TestWriters.Admin("admin"), password: "abc1");

        Assert.Contains("密码至少需要 10 个字符。", result.Errors);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Logout_EndsTheSession(DatabaseProvider db)
    {
        _portal = portals[db];
        await _portal.CreateUserAsync("bye.user", PortalRoles.Viewer);
        using var client = await _portal.LoginAsync("bye.user");
        var home = await client.GetStringAsync("/");

        using var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(home),
        }));

        Assert.Equal("/login", logout.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task LoginPage_IsStatic_WhileSignedInPagesAreInteractive(DatabaseProvider db)
    {
        _portal = portals[db];
        await _portal.CreateUserAsync("render.user", PortalRoles.Viewer);
        using var client = await _portal.LoginAsync("render.user");

        var login = await _portal.CreateAnonymousClient().GetStringAsync("/login");
        var home = await client.GetStringAsync("/");

        Assert.DoesNotContain("\"type\":\"server\"", login);
        Assert.Contains("\"type\":\"server\"", home);
    }

    [Theory]
    [OnSqlite(PortalRoles.Staff, HttpStatusCode.Forbidden), OnPostgres(PortalRoles.Staff, HttpStatusCode.Forbidden)]
    [OnSqlite(PortalRoles.Director, HttpStatusCode.Forbidden), OnPostgres(PortalRoles.Director, HttpStatusCode.Forbidden)]
    [OnSqlite(PortalRoles.Admin, HttpStatusCode.OK), OnPostgres(PortalRoles.Admin, HttpStatusCode.OK)]
    public async Task AdminPage_IsForAdminsOnly(string role, HttpStatusCode expected, DatabaseProvider db)
    {
        _portal = portals[db];
        using var client = await _portal.CreateClientAsAsync(role, "reader-services");

        using var response = await client.GetAsync("/admin");

        Assert.Equal(expected, response.StatusCode);
    }
}
