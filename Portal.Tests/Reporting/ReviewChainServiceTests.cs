using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Reporting;
using Portal.Reporting.Chain;
using Portal.Reporting.Closures;
using Portal.Reporting.Notices;
using Portal.Tests.Support;
using Portal.Tests.Support.Reporting;

namespace Portal.Tests.Reporting;

/// <summary>
/// The review chain above a library (ADR 042) on the demo province: 杭州市西湖区图书馆 (xh-lib, 2 divisions) under
/// 杭州图书馆 (hz-lib) under 浙江图书馆; 宁波市图书馆 (nb-lib) is hz-lib's sibling. Both-provider runs, with row-level
/// security, are in Portal.IntegrationTests (ReviewChainProviderTests).
/// </summary>
public sealed class ReviewChainServiceTests : IAsyncLifetime
{
    private ChainProvince _province = null!;

    public async Task InitializeAsync() => _province = await ChainProvince.StartAsync();

    public async Task DisposeAsync() => await _province.DisposeAsync();

    [Fact]
    public async Task County_ReviewedInside_GoesToTheCity_ThenTheProvince()
    {
        Assert.Equal(ChainStage.InLibrary, (await _province.MonthAsync("xh-lib")).State.Stage);

        await _province.CompleteInsideAsync("xh-lib");
        var up = await _province.MonthAsync("xh-lib");
        Assert.Equal((ChainStage.Awaiting, "hz-lib", 2, 2), (up.State.Stage, up.Awaiting?.Code, up.Reviewed, up.Divisions));

        Assert.Equal(PeriodStatus.Reviewed, (await _province.ReviewAsync("hz-lib", "hz.admin", "xh-lib")).Status);
        Assert.Equal((ChainStage.Awaiting, "zjlib"), ((await _province.MonthAsync("xh-lib")).State.Stage, (await _province.MonthAsync("xh-lib")).Awaiting?.Code));

        Assert.Equal(PeriodStatus.Reviewed, (await _province.ReviewAsync("zjlib", ChainProvince.ProvinceAdmin, "xh-lib")).Status);
        Assert.Equal(ChainStage.Reviewed, (await _province.MonthAsync("xh-lib")).State.Stage);
        Assert.Equal([AuditEventKind.ChainSubmitted, AuditEventKind.ChainReviewed, AuditEventKind.ChainReviewed],
            (await ChainEventsAsync("xh-lib")).Select(e => e.Kind));
        Assert.Equal(["hz-lib", "hz-lib", "zjlib"], (await ChainEventsAsync("xh-lib")).Select(e => e.Subject));
    }

    [Fact]
    public async Task City_ReviewedInside_GoesStraightToTheProvince()
    {
        await _province.CompleteInsideAsync("hz-lib");

        Assert.Equal("zjlib", (await _province.MonthAsync("hz-lib")).Awaiting?.Code);
        Assert.Equal(ChainStage.NoChain, (await _province.MonthAsync("zjlib")).State.Stage);
    }

    [Fact]
    public async Task Return_ByTheCity_ReopensEveryDivisionMonth_AndTellsTheCounty()
    {
        await _province.CompleteInsideAsync("xh-lib");

        var returned = await _province.ReturnAsync("hz-lib", "hz.admin", "xh-lib", " 外借图书 4 月 3,912 册次与系统统计 4,180 不符，请核对 ");

        Assert.Equal(PeriodStatus.Returned, returned.Status);
        var month = await _province.MonthAsync("xh-lib");
        Assert.Equal((ChainStage.Returned, "外借图书 4 月 3,912 册次与系统统计 4,180 不符，请核对", "hz-lib"),
            (month.State.Stage, month.State.Last?.Comment, month.LastReviewer?.Code));
        Assert.Equal(0, month.Reviewed);
        var county = await _province.IdAsync("xh-lib");
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Empty(await db.MonthClosures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(c => c.LibraryId == county && c.Month == ChainProvince.April).ToListAsync());
        var reopened = await db.AuditEvents.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(e => e.LibraryId == county && e.Kind == AuditEventKind.MonthReturned).OrderBy(e => e.Division).ToListAsync();
        Assert.Equal([("events", "hz.admin"), ("lending", "hz.admin")], reopened.Select(e => (e.Division!, e.By)));
        var mail = await db.ReminderDeliveries.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(d => d.LibraryId == county && d.Kind == DeliveryKind.Returned).ToListAsync();
        Assert.Equal(["xh.lead@xh-lib.test"], mail.Select(d => d.Target)); // the county's lending lead, not hz-lib's
        Assert.Contains("http://portal.zjlib.test/l/xh-lib/entry?division=lending&month=4", mail.Single().Body); // its own portal
        var notices = await _province.InAsync("xh-lib", async services => await services.GetRequiredService<OwedNotices>()
            .ForAsync(TestAccounts.Principal("xh.lead", PortalRoles.TeamLead, "lending")));
        Assert.Contains(notices, n => n.Division == "lending" && n.Month == ChainProvince.April && n.Returned
            && n.Link == "/l/xh-lib/entry?division=lending&month=4");
    }

    [Fact]
    public async Task Return_WithoutComment_IsRefusedAndChangesNothing()
    {
        await _province.CompleteInsideAsync("xh-lib");

        var refused = await _province.ReturnAsync("hz-lib", "hz.admin", "xh-lib", "   ");

        Assert.Equal((PeriodStatus.Invalid, "comment", "退回时请填写意见，说明需要更正什么。"), (refused.Status, refused.Field, refused.Message));
        Assert.Equal(ChainStage.Awaiting, (await _province.MonthAsync("xh-lib")).State.Stage);
    }

    [Fact]
    public async Task Returned_ThenCompletedAgain_StartsAgainAtTheCity()
    {
        await _province.CompleteInsideAsync("xh-lib");
        await _province.ReviewAsync("hz-lib", "hz.admin", "xh-lib");
        await _province.ReturnAsync("zjlib", ChainProvince.ProvinceAdmin, "xh-lib", "到馆读者数偏高，请核实");

        await _province.CompleteInsideAsync("xh-lib");

        Assert.Equal((ChainStage.Awaiting, "hz-lib"), ((await _province.MonthAsync("xh-lib")).State.Stage, (await _province.MonthAsync("xh-lib")).Awaiting?.Code));
    }

    [Theory]
    [InlineData("hz-lib", "hz.viewer", PeriodStatus.Forbidden)] // the city's viewer
    [InlineData("xh-lib", "xh.admin", PeriodStatus.Forbidden)] // the county up its own chain
    [InlineData("nb-lib", "nb.admin", PeriodStatus.NotFound)] // a sibling city does not see the county
    [InlineData("zjlib", ChainProvince.ProvinceAdmin, PeriodStatus.Conflict)] // the province before the city
    [InlineData("zjlib", "hz.admin", PeriodStatus.Forbidden)] // the city's admin at the province's address reads only
    public async Task Review_ByAnyoneButTheCitysAdmin_IsRefused(string at, string userName, PeriodStatus expected)
    {
        await _province.CompleteInsideAsync("xh-lib");

        Assert.Equal(expected, (await _province.ReviewAsync(at, userName, "xh-lib")).Status);
        Assert.Equal(expected, (await _province.ReturnAsync(at, userName, "xh-lib", "请核对")).Status);

        Assert.Equal((ChainStage.Awaiting, "hz-lib"), ((await _province.MonthAsync("xh-lib")).State.Stage, (await _province.MonthAsync("xh-lib")).Awaiting?.Code));
    }

    [Fact]
    public async Task Reminder_AfterThreeDaysWaiting_GoesToTheCitysAdminsOnce()
    {
        await _province.CompleteInsideAsync("xh-lib");
        var reminders = _province.Portal.Services.GetRequiredService<ChainReminders>();
        _province.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await reminders.ClaimDueAsync());

        _province.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await reminders.ClaimDueAsync());
        Assert.Equal(0, await reminders.ClaimDueAsync());
        var city = await _province.IdAsync("hz-lib");
        await using var db = await Contexts.CreateDbContextAsync();
        var sent = await db.ReminderDeliveries.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(d => d.LibraryId == city && d.Divisions == ChainReminders.ClaimDivision).ToListAsync();
        Assert.Equal(["hz.admin@hz-lib.test"], sent.Select(d => d.Target));
        Assert.Contains("杭州市西湖区图书馆 2013 年 4 月的报送已等待贵馆审核 3 天", sent[0].Subject);
        Assert.Contains("http://portal.zjlib.test/l/hz-lib/reporting?month=4", sent[0].Body);
    }

    [Fact]
    public async Task Reminder_AfterThreeDaysSentBack_GoesToTheCountysAdminsOnce()
    {
        await _province.CompleteInsideAsync("xh-lib");
        await _province.ReturnAsync("hz-lib", "hz.admin", "xh-lib", "请核对外借图书");
        var reminders = _province.Portal.Services.GetRequiredService<ChainReminders>();

        _province.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, await reminders.ClaimDueAsync());
        Assert.Equal(0, await reminders.ClaimDueAsync());
        var county = await _province.IdAsync("xh-lib");
        await using var db = await Contexts.CreateDbContextAsync();
        var sent = await db.ReminderDeliveries.IgnoreQueryFilters([LibraryRows.AddressedFilter]).SingleAsync(d => d.LibraryId == county && d.Divisions == ChainReminders.ClaimDivision);
        Assert.Equal("xh.admin@xh-lib.test", sent.Target);
        Assert.Contains("请核对外借图书", sent.Body);
    }

    private static readonly AuditEventKind[] ChainKinds = [AuditEventKind.ChainSubmitted, .. ChainReader.Steps];

    private IDbContextFactory<PortalDbContext> Contexts => _province.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    private async Task<List<AuditEvent>> ChainEventsAsync(string code)
    {
        var id = await _province.IdAsync(code);
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.AuditEvents.IgnoreQueryFilters([LibraryRows.AddressedFilter])
            .Where(e => e.LibraryId == id && e.Division == null && ChainKinds.Contains(e.Kind)).OrderBy(e => e.Id).ToListAsync();
    }
}
