using Portal.Data;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data.Entities;
using Portal.Reporting.Notices;
using Portal.Tests.Support;
using Portal.Tests.Support.Accounts;
using static Portal.Tests.Support.Accounts.AccountsPortal;

namespace Portal.IntegrationTests.Reporting;

/// <summary>Submit, review, send back and the board through the API, with who may do what. Each test uses its own month.</summary>
public sealed class SubmissionApiTests(AccountsPortals portals) : IClassFixture<AccountsPortals>
{
    private AccountsPortal _portal = null!;

    private const string Base = "/api/plans/2013/reporting/reader-services";

    private async Task<HttpClient> LeadAsync(string name)
    {
        await _portal.CreateUserAsync(name, PortalRoles.TeamLead, Own);
        return _portal.CreateBearerClient(await _portal.CreateApiTokenAsync(name));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync())).RootElement;

    [Theory, OnSqlite, OnPostgres]
    public async Task Submit_WithGapsWithoutReason_Is400_WithReason_Is201_ClosesAndRecordsTheGaps(DatabaseProvider db)
    {
        _portal = portals[db];
        using var lead = await LeadAsync("lead.submit");
        await _portal.SaveAsAsync(TestAccounts.Principal("admin", PortalRoles.Admin), Own, 5, 96_300);

        var bare = await lead.PostAsJsonAsync($"{Base}/5/submit", new { });
        var reasoned = await lead.PostAsJsonAsync($"{Base}/5/submit", new { reason = "新办证系统 5 月停机，证卡数据下月补报" });

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("还有 3 项未填报。如确需提交，请填写原因（例如“该项本月无业务”）。", (await JsonAsync(bare)).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, reasoned.StatusCode);
        var closure = await _portal.DbAsync(data => data.MonthClosures.SingleAsync(c => c.Division == Own && c.Month == 5));
        Assert.Equal(("lead.submit", 3, "新办证系统 5 月停机，证卡数据下月补报"), (closure.ClosedBy, closure.Missing, closure.Reason));
        Assert.False((await _portal.SaveAsAsync(TestAccounts.Principal("wang.li", PortalRoles.Staff, Own), Own, 5, 96_310)).Ok);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Review_ByTeamLead_Is403_ByDirector_Is200_ThenOnlyAnAdminReopens(DatabaseProvider db)
    {
        _portal = portals[db];
        using var lead = await LeadAsync("lead.review");
        using var director = await _portal.CreateClientAsAsync(PortalRoles.Director);
        using var admin = await _portal.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await lead.PostAsJsonAsync($"{Base}/6/submit", new { reason = "暑期数据待核" })).StatusCode);

        var byLead = await lead.PostAsync($"{Base}/6/review", null);
        var byDirector = await director.PostAsync($"{Base}/6/review", null);
        var twice = await director.PostAsync($"{Base}/6/review", null);
        var withdrawByLead = await lead.DeleteAsync("/api/plans/2013/closures/reader-services/6");
        var reopenByAdmin = await admin.DeleteAsync("/api/plans/2013/closures/reader-services/6");

        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
        Assert.Contains("只有管理员或馆领导可以审核或退回", await byLead.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, byDirector.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withdrawByLead.StatusCode);
        Assert.Contains("该月已审核", await withdrawByLead.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, reopenByAdmin.StatusCode);
        var steps = await _portal.DbAsync(data => data.AuditEvents.Where(e => e.Division == Own && e.Month == 6).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([AuditEventKind.MonthClosed, AuditEventKind.MonthReviewed, AuditEventKind.MonthReopened], steps);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Return_NeedsAComment_ThenReopensTheMonth_AndTheDivisionIsNotified(DatabaseProvider db)
    {
        _portal = portals[db];
        using var lead = await LeadAsync("lead.return");
        using var director = await _portal.CreateClientAsAsync(PortalRoles.Director);
        Assert.Equal(HttpStatusCode.Created, (await lead.PostAsJsonAsync($"{Base}/7/submit", new { reason = "待补" })).StatusCode);

        var bare = await director.PostAsJsonAsync($"{Base}/7/return", new { comment = " " });
        var returned = await director.PostAsJsonAsync($"{Base}/7/return", new { comment = "外借量含流动服务点，请拆分后重报" });
        var reviewAfter = await director.PostAsync($"{Base}/7/review", null);

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reviewAfter.StatusCode);
        var staff = TestAccounts.Principal("wang.li", PortalRoles.Staff, Own);
        Assert.True((await _portal.SaveAsAsync(staff, Own, 7, 101_200)).Ok);
        await using var scope = _portal.Scope();
        var notices = await scope.ServiceProvider.GetRequiredService<OwedNotices>().ForAsync(staff);
        var notice = Assert.Single(notices, n => n.Month == 7);
        Assert.Equal((true, "外借量含流动服务点，请拆分后重报", "/entry?division=reader-services&month=7"), (notice.Returned, notice.Comment, notice.Link));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Board_TeamLeadSeesOwnDivision_DirectorSeesAll_StaffIsRefused(DatabaseProvider db)
    {
        _portal = portals[db];
        using var lead = await LeadAsync("lead.board");
        using var director = await _portal.CreateClientAsAsync(PortalRoles.Director);
        using var staff = await _portal.CreateClientAsAsync(PortalRoles.Staff, Own);

        var own = await JsonAsync(await lead.GetAsync("/api/plans/2013/reporting/3"));
        var all = await JsonAsync(await director.GetAsync("/api/plans/2013/reporting/3"));

        var division = Assert.Single(own.GetProperty("divisions").EnumerateArray());
        Assert.Equal(("reader-services", 4), (division.GetProperty("division").GetString(), division.GetProperty("total").GetInt32()));
        Assert.Equal(["circulation.loans", "circulation.visits", "readers.new-cards", "readers.total-cards"],
            division.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("kpi").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(13, all.GetProperty("divisions").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/plans/2013/reporting/3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await director.GetAsync("/api/plans/2013/reporting/13")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Deadlines_AdminSetsAHolidayException_OthersAndBadDatesAreRefused(DatabaseProvider db)
    {
        _portal = portals[db];
        using var admin = await _portal.CreateAdminClientAsync();
        using var lead = await LeadAsync("lead.deadlines");

        var bad = await admin.PutAsJsonAsync("/api/plans/2013/deadlines", new { defaultDay = 5, exceptions = new[] { new { month = 3, dueDate = "2013-03-20" } } });
        var byLead = await lead.PutAsJsonAsync("/api/plans/2013/deadlines", new { defaultDay = 5 });
        var saved = await admin.PutAsJsonAsync("/api/plans/2013/deadlines",
            new { defaultDay = 5, exceptions = new[] { new { month = 1, dueDate = "2013-02-20", note = "春节" } } });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("3 月的截止日期 2013-03-20 不合理", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var months = (await JsonAsync(await admin.GetAsync("/api/plans/2013/deadlines"))).GetProperty("months");
        Assert.Equal("2013-02-20", months[0].GetProperty("dueDate").GetString());
        Assert.Equal("2013-03-05", months[1].GetProperty("dueDate").GetString());
        Assert.Equal(1, await _portal.DbAsync(data => data.AuditEvents.CountAsync(e => e.Kind == AuditEventKind.DeadlinesChanged)));
    }
}
