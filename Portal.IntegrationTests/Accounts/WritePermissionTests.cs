using Portal.Data;
using System.Net;
using System.Net.Http.Json;
using Portal.Accounts;
using Portal.Tests.Support;
using Portal.Tests.Support.Accounts;
using static Portal.Tests.Support.Accounts.AccountsPortal;

namespace Portal.IntegrationTests.Accounts;

/// <summary>Who may write which division's figures, checked where every write passes: FigureService.</summary>
public sealed class WritePermissionTests(AccountsPortals portals) : IClassFixture<AccountsPortals>
{
    private AccountsPortal _portal = null!;

    [Theory, OnSqlite, OnPostgres]
    public async Task Staff_OwnDivision_SavesUnderTheirName(DatabaseProvider db)
    {
        _portal = portals[db];
        var staff = TestAccounts.Principal("wang.li", PortalRoles.Staff, Own);

        var outcome = await _portal.SaveAsAsync(staff, Own, 1, 71_250);

        Assert.True(outcome.Ok);
        Assert.Equal("wang.li", Assert.Single(outcome.Saved).UpdatedBy);
        Assert.Equal(71_250, await _portal.StoredAsync(Own, 1));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Staff_OtherDivision_IsForbidden_AndNothingIsWritten(DatabaseProvider db)
    {
        _portal = portals[db];
        var staff = TestAccounts.Principal("wang.li", PortalRoles.Staff, Own);

        var outcome = await _portal.SaveAsAsync(staff, Other, 2, 18_430);

        var refusal = Assert.Single(outcome.Refusals);
        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
        Assert.Equal(403, refusal.StatusCode);
        Assert.Equal("您只能修改本部门（读者服务部）的数据，不能修改“分馆与流通站”的数据。", refusal.Message);
        Assert.Null(await _portal.StoredAsync(Other, 2));
        Assert.Empty(outcome.Saved);
    }

    [Theory]
    [OnSqlite(PortalRoles.Director), OnPostgres(PortalRoles.Director)]
    [OnSqlite(PortalRoles.Viewer), OnPostgres(PortalRoles.Viewer)]
    [OnSqlite(PortalRoles.Kiosk), OnPostgres(PortalRoles.Kiosk)]
    public async Task ReadOnlyPrincipals_AreForbidden(string role, DatabaseProvider db)
    {
        _portal = portals[db];
        var reader = TestAccounts.Principal("someone", role, Own);

        var outcome = await _portal.SaveAsAsync(reader, Own, 3, 80_000);

        Assert.Equal(RefusalKind.Forbidden, Assert.Single(outcome.Refusals).Kind);
        Assert.Null(await _portal.StoredAsync(Own, 3));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Anonymous_IsForbidden(DatabaseProvider db)
    {
        _portal = portals[db];
        var outcome = await _portal.SaveAsAsync(TestAccounts.Anonymous, Own, 4, 80_000);

        Assert.Equal("请先登录，再修改数据。", Assert.Single(outcome.Refusals).Message);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TeamLead_OfSeveralDivisions_WritesEachButNoOther(DatabaseProvider db)
    {
        _portal = portals[db];
        var lead = TestAccounts.Principal("chen.hong", PortalRoles.TeamLead, Own, Other);

        Assert.True((await _portal.SaveAsAsync(lead, Own, 5, 76_900)).Ok);
        Assert.True((await _portal.SaveAsAsync(lead, Other, 5, 19_100)).Ok);
        Assert.False((await _portal.SaveAsAsync(lead, "mobile-library", 5, 10_200)).Ok);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Admin_WritesEveryDivision(DatabaseProvider db)
    {
        _portal = portals[db];
        var admin = TestAccounts.Principal("admin", PortalRoles.Admin);

        Assert.True((await _portal.SaveAsAsync(admin, "mobile-library", 6, 11_873)).Ok);
    }

    [Fact]
    public void Check_ForbiddenWinsOverClosed_403Else409()
    {
        var forbidden = new WriteRefusal(RefusalKind.Forbidden, Other, null, "不能修改");
        var closed = new WriteRefusal(RefusalKind.MonthClosed, Own, 9, "已关账");

        Assert.Equal(403, new WriteCheck([closed, forbidden], []).StatusCode);
        Assert.Equal(409, new WriteCheck([closed], []).StatusCode);
        Assert.Equal(200, WriteCheck.Allowed.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Api_StaffOfDivisionA_WritingDivisionB_Gets403(DatabaseProvider db)
    {
        _portal = portals[db];
        using var staff = await _portal.CreateClientAsAsync(PortalRoles.Staff, Own);

        var other = await staff.PutAsJsonAsync($"/api/plans/2013/figures/{Loans}/{Other}/7", new { value = 18_000 });
        var own = await staff.PutAsJsonAsync($"/api/plans/2013/figures/{Loans}/{Own}/7", new { value = 72_000 });

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Null(await _portal.StoredAsync(Other, 7));
    }
}
