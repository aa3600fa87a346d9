using Portal.Data;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data.Entities;
using Portal.Figures;
using Portal.Periods;
using Portal.Tests.Support;
using Portal.Tests.Support.Accounts;
using static Portal.Tests.Support.Accounts.AccountsPortal;

namespace Portal.IntegrationTests.Accounts;

/// <summary>A team lead closes a month; writes to it are refused (grid, API, import) unless an admin gives a reason.</summary>
public sealed class PeriodCloseTests(AccountsPortals portals) : IClassFixture<AccountsPortals>
{
    private AccountsPortal _portal = null!;

    private static readonly System.Security.Claims.ClaimsPrincipal Staff = TestAccounts.Principal("wang.li", PortalRoles.Staff, Own);
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestAccounts.Principal("admin", PortalRoles.Admin);

    [Theory, OnSqlite, OnPostgres]
    public async Task Close_ByTeamLeadThroughApi_IsListedAndAudited_ThenRefusesWrites(DatabaseProvider db)
    {
        _portal = portals[db];
        var leadName = await _portal.CreateUserAsync("lead.rs", PortalRoles.TeamLead, Own);
        using var lead = _portal.CreateBearerClient(await _portal.CreateApiTokenAsync(leadName));

        var closed = await lead.PostAsync("/api/plans/2013/closures/reader-services/9", null);
        var again = await lead.PostAsync("/api/plans/2013/closures/reader-services/9", null);
        var list = await lead.GetFromJsonAsync<List<ClosureDto>>("/api/plans/2013/closures");
        var save = await _portal.SaveAsAsync(Staff, Own, 9, 95_040);

        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(list!, c => c is { Division: Own, Month: 9, ClosedBy: "lead.rs" });
        var refusal = Assert.Single(save.Refusals);
        Assert.Equal(RefusalKind.MonthClosed, refusal.Kind);
        Assert.Equal(409, refusal.StatusCode);
        Assert.StartsWith("读者服务部 2013 年 9 月已于 ", refusal.Message);
        Assert.EndsWith("由 lead.rs 关账，数据不能再修改。如需更正，请部门负责人先重新开放该月。", refusal.Message);
        Assert.Null(await _portal.StoredAsync(Own, 9));
        Assert.Equal(1, await _portal.DbAsync(data => data.AuditEvents.CountAsync(e => e.Kind == AuditEventKind.MonthClosed && e.Month == 9 && e.By == "lead.rs")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Reopen_ThroughApi_IsAudited_AndWritesWorkAgain(DatabaseProvider db)
    {
        _portal = portals[db];
        using var admin = await _portal.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/plans/2013/closures/reader-services/8", null)).StatusCode);
        Assert.False((await _portal.SaveAsAsync(Staff, Own, 8, 90_000)).Ok);

        var reopened = await admin.DeleteAsync("/api/plans/2013/closures/reader-services/8");
        var twice = await admin.DeleteAsync("/api/plans/2013/closures/reader-services/8");

        Assert.Equal(HttpStatusCode.NoContent, reopened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        Assert.True((await _portal.SaveAsAsync(Staff, Own, 8, 90_000)).Ok);
        Assert.Equal(1, await _portal.DbAsync(data => data.AuditEvents.CountAsync(e => e.Kind == AuditEventKind.MonthReopened && e.Month == 8)));
    }

    [Theory]
    [OnSqlite(PortalRoles.Staff, Own), OnPostgres(PortalRoles.Staff, Own)]
    [OnSqlite(PortalRoles.TeamLead, Other), OnPostgres(PortalRoles.TeamLead, Other)]
    [OnSqlite(PortalRoles.Director, null), OnPostgres(PortalRoles.Director, null)]
    [OnSqlite(PortalRoles.Viewer, null), OnPostgres(PortalRoles.Viewer, null)]
    public async Task Close_ByAnyoneButTheDivisionsLeadOrAdmin_Is403(string role, string? division, DatabaseProvider db)
    {
        _portal = portals[db];
        using var client = division is null ? await _portal.CreateClientAsAsync(role) : await _portal.CreateClientAsAsync(role, division);

        var response = await client.PostAsync("/api/plans/2013/closures/reader-services/7", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("只有读者服务部的部门负责人或管理员可以关账", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [OnSqlite("/api/plans/2013/closures/reader-services/13", HttpStatusCode.BadRequest), OnPostgres("/api/plans/2013/closures/reader-services/13", HttpStatusCode.BadRequest)]
    [OnSqlite("/api/plans/2013/closures/no-such-division/3", HttpStatusCode.NotFound), OnPostgres("/api/plans/2013/closures/no-such-division/3", HttpStatusCode.NotFound)]
    [OnSqlite("/api/plans/1999/closures/reader-services/3", HttpStatusCode.NotFound), OnPostgres("/api/plans/1999/closures/reader-services/3", HttpStatusCode.NotFound)]
    public async Task Close_BadInput_GetsAClearStatus(string path, HttpStatusCode expected, DatabaseProvider db)
    {
        _portal = portals[db];
        using var admin = await _portal.CreateAdminClientAsync();

        Assert.Equal(expected, (await admin.PostAsync(path, null)).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ClosedMonth_AdminWithoutReason_IsRefused_WithReason_SavesAndAuditsTheReason(DatabaseProvider db)
    {
        _portal = portals[db];
        await CloseAsync(Own, 6);

        var bare = await _portal.SaveAsAsync(Admin, Own, 6, 88_120);
        var reasoned = await _portal.SaveAsAsync(Admin, Own, 6, 88_120, reason: "闸机计数故障，按人工统计更正");

        Assert.Contains("管理员修改已关账的月份须填写原因", Assert.Single(bare.Refusals).Message);
        Assert.True(reasoned.Ok);
        Assert.Equal(88_120, await _portal.StoredAsync(Own, 6));
        var audit = await _portal.DbAsync(data => data.AuditEvents.SingleAsync(e => e.Kind == AuditEventKind.ClosedMonthOverride && e.Month == 6));
        Assert.Equal(("admin", Loans, Own, "闸机计数故障，按人工统计更正"), (audit.By, audit.Subject, audit.Division, audit.Detail));
        Assert.Equal(1, await _portal.DbAsync(data => data.Audit.CountAsync(a => a.Month == 6 && a.Division == Own && a.By == "admin")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ClosedMonth_InABatch_RefusesTheWholeBatch(DatabaseProvider db)
    {
        _portal = portals[db];
        await CloseAsync(Other, 4);
        var lead = TestAccounts.Principal("chen.hong", PortalRoles.TeamLead, Own, Other);
        FigureWrite[] import =
        [
            new(Loans, Own, 4, 74_310, null, null),
            new(Loans, Other, 3, 17_020, null, null),
            new(Loans, Other, 4, 18_660, null, null),
        ];

        await using var scope = _portal.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<FigureService>().SaveAsync(_portal.Plan2013, import, lead);
        var check = await scope.ServiceProvider.GetRequiredService<WriteGuard>().CheckAsync(lead, 2013, import.Select(w => (w.Division, w.Month)));

        Assert.Equal((RefusalKind.MonthClosed, Other, (int?)4), (outcome.Refusals[0].Kind, outcome.Refusals[0].Division, outcome.Refusals[0].Month));
        Assert.Equal(409, check.StatusCode);
        Assert.Null(await _portal.StoredAsync(Own, 4));
        Assert.Null(await _portal.StoredAsync(Other, 3));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AClosedMonth_RefusesOnlyItsOwnDivisionAndMonth_CellByCell_AndWhenTheWholeYearIsRead(DatabaseProvider db)
    {
        _portal = portals[db];
        await CloseAsync("outreach", 5);
        var plan = _portal.Plan2013.Plan;
        string[] closedByOtherTests = [Own, Other, "mobile-library"];
        var everyCell = (from k in plan.Kpis from d in plan.Divisions where !closedByOtherTests.Contains(d.Code) from m in Enumerable.Range(1, 12)
                         select new FigureWrite(k.Code, d.Code, m, 1_000 + m, null, null)).ToList();
        Assert.True(everyCell.Count > Portal.Figures.Sql.FigureRows.ScanYearAbove, "the import must read the whole year's closures");

        var sameDivision = await _portal.SaveAsAsync(Admin, "outreach", 6, 6_000);
        var sameMonth = await _portal.SaveAsAsync(Admin, "reference", 5, 5_000);
        var closed = await _portal.SaveAsAsync(Admin, "outreach", 5, 5_000);
        await using var scope = _portal.Scope();
        var import = await scope.ServiceProvider.GetRequiredService<FigureService>().SaveAsync(_portal.Plan2013, everyCell, Admin);

        Assert.True(sameDivision.Ok && sameMonth.Ok, "another month of the division, and the month of another division, stay open");
        Assert.Equal((RefusalKind.MonthClosed, "outreach", (int?)5), (closed.Refusals.Single().Kind, closed.Refusals[0].Division, closed.Refusals[0].Month));
        Assert.Equal(("outreach", (int?)5), (import.Refusals.Single().Division, import.Refusals[0].Month));
        Assert.Equal(6_000, await _portal.StoredAsync("outreach", 6));
        Assert.Null(await _portal.StoredAsync("outreach", 5));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ClosedMonths_AreListedForDashboards(DatabaseProvider db)
    {
        _portal = portals[db];
        await CloseAsync("mobile-library", 2);

        await using var scope = _portal.Scope();
        var closed = await scope.ServiceProvider.GetRequiredService<PeriodService>().ClosedAsync(2013);

        Assert.Contains(closed, c => c is { Division: "mobile-library", Month: 2 });
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<PeriodService>().ClosureAsync(2013, "mobile-library", 2));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Api_PutToClosedMonth_Gets409_AndImportIsRefusedWhole(DatabaseProvider db)
    {
        _portal = portals[db];
        await CloseAsync(Own, 11);
        using var staff = await _portal.CreateClientAsAsync(PortalRoles.Staff, Own);

        var put = await staff.PutAsJsonAsync($"/api/plans/2013/figures/{Loans}/{Own}/11", new { value = 99_000 });
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Contains("已于", await put.Content.ReadAsStringAsync());

        var csv = $"kpi,division,month,value,note\n{Loans},{Own},10,98000,\n{Loans},{Own},11,99000,\n";
        var import = await staff.PostAsync("/api/plans/2013/figures/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(import.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest, $"import answered {(int)import.StatusCode}");
        Assert.Null(await _portal.StoredAsync(Own, 10));
    }

    private async Task CloseAsync(string division, int month)
    {
        await using var scope = _portal.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PeriodService>().CloseAsync(Admin, 2013, division, month);
        Assert.Equal(PeriodStatus.Closed, outcome.Status);
    }
}
