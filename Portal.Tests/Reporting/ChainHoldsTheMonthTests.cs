using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Domain.Reporting;
using Portal.Reporting;
using Portal.Reporting.Closures;
using Portal.Tests.Support;
using Portal.Tests.Support.Reporting;

namespace Portal.Tests.Reporting;

/// <summary>
/// Once 杭州市西湖区图书馆's April has gone up the chain (ADR 042), nothing inside the county reopens one of its division
/// months: not its director's send-back, not its admin's withdrawal, through the services, the API or the board. The
/// library that holds the month is named; only its send-back opens the month again, and then the county works as before.
/// </summary>
public sealed class ChainHoldsTheMonthTests : IAsyncLifetime
{
    private const string ToTheCity = "本月已报送杭州图书馆审核，如需修改，请杭州图书馆退回。";
    private ChainProvince _province = null!;

    public async Task InitializeAsync() => _province = await ChainProvince.StartAsync();

    public async Task DisposeAsync() => await _province.DisposeAsync();

    private static readonly System.Security.Claims.ClaimsPrincipal Director = TestAccounts.Principal("xh-lib.director2", PortalRoles.Director),
        Admin = TestAccounts.Principal("xh-lib.admin2", PortalRoles.Admin),
        Lead = TestAccounts.Principal("xh-lib.lead", PortalRoles.TeamLead, "lending", "events");

    private Task<PeriodOutcome> InCountyAsync(Func<SubmissionService, Task<PeriodOutcome>> step) =>
        _province.InAsync("xh-lib", services => step(services.GetRequiredService<SubmissionService>()));

    private Task<PeriodOutcome> ReturnInsideAsync() =>
        InCountyAsync(s => s.ReturnAsync(Director, ChainProvince.Year, "lending", ChainProvince.April, "外借图书 4 月数请再核对"));

    private Task<PeriodOutcome> WithdrawInsideAsync() =>
        InCountyAsync(s => s.WithdrawAsync(Admin, ChainProvince.Year, "lending", ChainProvince.April));

    private async Task<int> ClosuresAsync()
    {
        var county = await _province.IdAsync("xh-lib");
        await using var db = await _province.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.MonthClosures.IgnoreQueryFilters([LibraryRows.AddressedFilter])
            .CountAsync(c => c.LibraryId == county && c.Month == ChainProvince.April && c.ReviewedAt != null);
    }

    [Fact]
    public async Task SendBackOrWithdrawInside_WhileTheCityHoldsTheMonth_IsRefusedNamingTheCity_AndNothingChanges()
    {
        await _province.CompleteInsideAsync("xh-lib");

        var returned = await ReturnInsideAsync();
        var withdrawn = await WithdrawInsideAsync();

        Assert.Equal((PeriodStatus.Conflict, ToTheCity), (returned.Status, returned.Message));
        Assert.Equal((PeriodStatus.Conflict, ToTheCity), (withdrawn.Status, withdrawn.Message));
        Assert.Equal(2, await ClosuresAsync());
        var month = await _province.MonthAsync("xh-lib");
        Assert.Equal((ChainStage.Awaiting, "hz-lib", 0), (month.State.Stage, month.Awaiting?.Code, month.State.ReviewedLevels));
    }

    [Fact]
    public async Task SendBackInside_WhileTheProvinceHoldsIt_OrAfterItReviewed_IsRefusedNamingTheProvince()
    {
        await _province.CompleteInsideAsync("xh-lib");
        await _province.ReviewAsync("hz-lib", "hz.admin", "xh-lib");

        Assert.Equal("本月已报送浙江图书馆审核，如需修改，请浙江图书馆退回。", (await ReturnInsideAsync()).Message);

        await _province.ReviewAsync("zjlib", ChainProvince.ProvinceAdmin, "xh-lib");

        Assert.Equal((PeriodStatus.Conflict, "本月已经浙江图书馆审核通过，如需修改，请浙江图书馆退回。"), ((await ReturnInsideAsync()).Status, (await WithdrawInsideAsync()).Message));
        Assert.Equal(2, await ClosuresAsync());
        Assert.Equal(ChainStage.Reviewed, (await _province.MonthAsync("xh-lib")).State.Stage);
    }

    [Fact]
    public async Task InsideSteps_AfterTheCitySendsTheMonthBack_WorkAgain()
    {
        await _province.CompleteInsideAsync("xh-lib");
        await _province.ReturnAsync("hz-lib", "hz.admin", "xh-lib", "活动推广部 4 月讲座场次请核对");

        Assert.Equal(PeriodStatus.Closed, (await InCountyAsync(s => s.SubmitAsync(Lead, ChainProvince.Year, "lending", ChainProvince.April, "测试"))).Status);
        Assert.Equal(PeriodStatus.Reopened, (await WithdrawInsideAsync()).Status);
        Assert.Equal(PeriodStatus.Closed, (await InCountyAsync(s => s.SubmitAsync(Lead, ChainProvince.Year, "lending", ChainProvince.April, "测试"))).Status);
        Assert.Equal(PeriodStatus.Returned, (await ReturnInsideAsync()).Status);
    }

    [Fact]
    public async Task ApiRoutes_WhileTheCityHoldsTheMonth_Answer409NamingTheCity_AndTheBoardSaysWhy()
    {
        await _province.CompleteInsideAsync("xh-lib");
        var token = await _province.InAsync("xh-lib", _ => _province.Portal.CreateApiTokenAsync("xh.admin"));
        using var county = _province.Portal.CreateBearerClient(token);

        var reopen = await county.DeleteAsync($"/l/xh-lib/api/plans/2013/closures/lending/{ChainProvince.April}");
        var sendBack = await county.PostAsJsonAsync($"/l/xh-lib/api/plans/2013/reporting/lending/{ChainProvince.April}/return", new { comment = "请核对" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (reopen.StatusCode, sendBack.StatusCode));
        Assert.Contains(ToTheCity, await reopen.Content.ReadAsStringAsync());
        Assert.Contains(ToTheCity, await sendBack.Content.ReadAsStringAsync());
        Assert.Equal(2, await ClosuresAsync());
        using var admin = await _province.Portal.LoginAsync("xh.admin", "demo-admin-2013");
        var board = await admin.GetStringAsync($"/l/xh-lib/reporting?month={ChainProvince.April}");
        Assert.Matches("data-held-above[^>]*>" + ToTheCity, board);
        Assert.Matches("<button(?=[^>]*data-action=\"return\")(?=[^>]*disabled)[^>]*>", board);
    }
}
