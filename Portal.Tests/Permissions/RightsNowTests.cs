using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Figures;
using Portal.Reporting;
using Portal.Reporting.Closures;
using Portal.Tests.Support;

namespace Portal.Tests.Permissions;

/// <summary>
/// Rights count as they are now (ADR 024): a page still open, a cookie and an API token all act with the account as
/// the database holds it, from the next action on, within a second of the change and on every instance.
/// </summary>
public sealed class RightsNowTests : IAsyncLifetime
{
    private const string Loans = "circulation.loans";
    private const string Reader = "reader-services";
    private const string Branches = "branches";
    private readonly string _path = PortalFactory.NewDatabasePath();
    private readonly PortalFactory _portal;

    public RightsNowTests() => _portal = new PortalFactory(database: _path);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(file);
    }

    [Fact]
    public async Task AdminDemotedToViewer_CreatingAnAdminFromThePageStillOpen_IsRefused()
    {
        await _portal.CreateUserAsync("zhao.min", PortalRoles.Admin);
        var openPage = await _portal.SignedInAsync("zhao.min"); // what the /admin circuit still holds
        var clock = Stopwatch.StartNew();

        await _portal.SetRolesAsync("zhao.min", PortalRoles.Viewer);
        await using var scope = _portal.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync("eve.root", [PortalRoles.Admin], [], openPage, password: TestAccounts.Password);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.False(result.Succeeded);
        Assert.Equal("只有管理员可以管理账号（新建、修改角色和部门、锁定、重置密码）。", Assert.Single(result.Errors));
        Assert.False(await DbAsync(db => db.Users.AnyAsync(u => u.UserName == "eve.root")));
    }

    [Fact]
    public async Task TeamLeadDemotedToViewer_SubmittingAMonth_IsRefused()
    {
        await _portal.CreateUserAsync("chen.hong", PortalRoles.TeamLead, Reader);
        var openPage = await _portal.SignedInAsync("chen.hong");
        var clock = Stopwatch.StartNew();

        await _portal.SetRolesAsync("chen.hong", PortalRoles.Viewer);
        await using var scope = _portal.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<SubmissionService>().SubmitAsync(openPage, 2013, Reader, 3, "三月数据已核对");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Equal(PeriodStatus.Forbidden, outcome.Status);
        Assert.Equal("只有读者服务部的部门负责人或管理员可以关账（提交）或重新开放月份。", outcome.Message);
        Assert.False(await DbAsync(db => db.MonthClosures.AnyAsync(c => c.Year == 2013 && c.Division == Reader)));
    }

    [Fact]
    public async Task LeadMovedToAnotherDivision_SavingAFigureForTheOldOne_IsRefused()
    {
        await _portal.CreateUserAsync("li.na", PortalRoles.TeamLead, Reader);
        var openPage = await _portal.SignedInAsync("li.na");
        var clock = Stopwatch.StartNew();

        await _portal.SetRolesAsync("li.na", PortalRoles.TeamLead, Branches);
        await using var scope = _portal.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<FigureService>()
            .SaveAsync(_portal.Plan2013, [new FigureWrite(Loans, Reader, 4, 98_450, null, null)], openPage);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        var refusal = Assert.Single(outcome.Refusals);
        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
        Assert.Equal("您只能修改本部门（分馆与流通站）的数据，不能修改“读者服务部”的数据。", refusal.Message);
        Assert.False(await DbAsync(db => db.Figures.AnyAsync(f => f.Year == 2013 && f.Division == Reader && f.Month == 4)));
    }

    [Fact]
    public async Task LockedUser_TheirOpenPage_CookieAndToken_AreRefusedAtOnce_OnEveryInstance()
    {
        await _portal.CreateUserAsync("wang.li", PortalRoles.Staff, Reader);
        var cookie = await _portal.LoginAsync("wang.li");
        var token = await _portal.CreateApiTokenAsync("wang.li");
        var bearer = _portal.CreateBearerClient(token);
        await using var other = new PortalFactory(database: _path); // a second instance on the same database
        var bearerThere = other.CreateBearerClient(token);
        var openPage = await _portal.SignedInAsync("wang.li");
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearerThere.GetAsync("/api/plans")).StatusCode);
        var clock = Stopwatch.StartNew();

        await _portal.LockAsync("wang.li");
        var byCookie = await cookie.GetAsync("/api/plans");
        var byToken = await bearer.GetAsync("/api/plans");
        var byTokenThere = await bearerThere.GetAsync("/api/plans");
        var put = await bearer.PutAsJsonAsync($"/api/plans/2013/figures/{Loans}/{Reader}/5", new { value = 91_200 });
        SaveOutcome fromPage;
        await using (var scope = _portal.Scope())
            fromPage = await scope.ServiceProvider.GetRequiredService<FigureService>()
                .SaveAsync(_portal.Plan2013, [new FigureWrite(Loans, Reader, 5, 91_200, null, null)], openPage);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, byCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byTokenThere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        Assert.Equal(Portal.Accounts.Acting.Refusals.Ended, Assert.Single(fromPage.Refusals).Message);
        Assert.False(await DbAsync(db => db.Figures.AnyAsync(f => f.Year == 2013 && f.Division == Reader && f.Month == 5)));
    }

    private async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = _portal.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
