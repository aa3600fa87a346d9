using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Reporting;
using Portal.Reporting;
using Portal.Reporting.Closures;
using Portal.Tests.Support.Reporting;

namespace Portal.IntegrationTests.Reporting;

/// <summary>
/// The review chain (ADR 042) on both providers, and on PostgreSQL under row-level security: a city's writes to its
/// county's rows (the steps, the reopened closures, the outbox) pass the policy; a sibling city's do not.
/// </summary>
public sealed class ReviewChainProviderTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task ACountysMonth_GoesThroughItsCityAndTheProvince_AndBackWhenSentBack(DatabaseProvider provider)
    {
        await using var province = await ChainProvince.StartAsync(provider);
        await province.CompleteInsideAsync("xh-lib");

        Assert.Equal(PeriodStatus.Reviewed, (await province.ReviewAsync("hz-lib", "hz.admin", "xh-lib")).Status);
        Assert.Equal(PeriodStatus.Reviewed, (await province.ReviewAsync("zjlib", ChainProvince.ProvinceAdmin, "xh-lib")).Status);
        Assert.Equal(ChainStage.Reviewed, (await province.MonthAsync("xh-lib")).State.Stage);

        Assert.Equal(PeriodStatus.Returned, (await province.ReturnAsync("zjlib", ChainProvince.ProvinceAdmin, "xh-lib", "活动推广部 4 月讲座 14 场与活动记录 11 场不符")).Status);

        var back = await province.MonthAsync("xh-lib");
        Assert.Equal((ChainStage.Returned, "zjlib", 0), (back.State.Stage, back.LastReviewer?.Code, back.Reviewed));
        var county = await province.IdAsync("xh-lib");
        Assert.Equal(0, await province.InAsync("xh-lib", async s =>
            await (await Contexts(s).CreateDbContextAsync()).MonthClosures.CountAsync(c => c.LibraryId == county && c.Month == ChainProvince.April)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ASiblingCity_CannotActOnTheCounty_AndNothingChanges(DatabaseProvider provider)
    {
        await using var province = await ChainProvince.StartAsync(provider);
        await province.CompleteInsideAsync("xh-lib");

        Assert.Equal(PeriodStatus.NotFound, (await province.ReturnAsync("nb-lib", "nb.admin", "xh-lib", "请核对")).Status);

        var county = await province.IdAsync("xh-lib");
        Assert.Equal(2, await province.InAsync("xh-lib", async s =>
            await (await Contexts(s).CreateDbContextAsync()).MonthClosures.CountAsync(c => c.LibraryId == county && c.Month == ChainProvince.April)));
        Assert.Equal((ChainStage.Awaiting, "hz-lib"), ((await province.MonthAsync("xh-lib")).State.Stage, (await province.MonthAsync("xh-lib")).Awaiting?.Code));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task InsideTheCounty_ASendBackWhileTheCityHoldsTheMonth_IsRefusedNamingTheCity_AndNothingChanges(DatabaseProvider provider)
    {
        await using var province = await ChainProvince.StartAsync(provider);
        await province.CompleteInsideAsync("xh-lib");

        var refused = await province.InAsync("xh-lib", s => s.GetRequiredService<SubmissionService>().ReturnAsync(
            TestAccounts.Principal("xh-lib.director2", PortalRoles.Director), ChainProvince.Year, "lending", ChainProvince.April, "外借图书 4 月数请再核对"));

        Assert.Equal((PeriodStatus.Conflict, "本月已报送杭州图书馆审核，如需修改，请杭州图书馆退回。"), (refused.Status, refused.Message));
        var county = await province.IdAsync("xh-lib");
        Assert.Equal(2, await province.InAsync("xh-lib", async s =>
            await (await Contexts(s).CreateDbContextAsync()).MonthClosures.CountAsync(c => c.LibraryId == county && c.Month == ChainProvince.April)));
        Assert.Equal((ChainStage.Awaiting, "hz-lib"), ((await province.MonthAsync("xh-lib")).State.Stage, (await province.MonthAsync("xh-lib")).Awaiting?.Code));
    }

    [Theory, OnPostgres]
    public async Task UnderRowLevelSecurity_TheCitysWritesToItsCountyPass_ASiblingsAreRefused(DatabaseProvider provider)
    {
        await using var province = await ChainProvince.StartAsync(provider);
        await province.CompleteInsideAsync("xh-lib");
        var county = await province.IdAsync("xh-lib");

        // The sibling's connection: the county's rows are invisible (nothing to delete) and a row of it is refused.
        var deleted = await province.InAsync("nb-lib", async s => await (await Contexts(s).CreateDbContextAsync()).Database.ExecuteSqlInterpolatedAsync(
            $"""DELETE FROM "MonthClosures" WHERE "LibraryId" = {county}"""));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => province.InAsync("nb-lib", async s =>
            await (await Contexts(s).CreateDbContextAsync()).Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "AuditEvents" ("LibraryId", "Kind", "By", "At", "Year", "Month", "Subject")
                VALUES ({county}, 'ChainReviewed', 'nb.admin', 0, 2013, 4, 'nb-lib')
                """)));
        Assert.Equal(0, deleted);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);

        // The city's step writes the county's audit, removes its closures and fills its outbox, all under the policy.
        Assert.Equal(PeriodStatus.Returned, (await province.ReturnAsync("hz-lib", "hz.admin", "xh-lib", "外借图书 4 月数与系统统计不符")).Status);

        var rows = await province.InAsync("zjlib", async s =>
        {
            await using var db = await Contexts(s).CreateDbContextAsync();
            var all = db.AuditEvents.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(e => e.LibraryId == county);
            return (Steps: await all.CountAsync(e => e.Kind == AuditEventKind.ChainReturned),
                Returned: await all.CountAsync(e => e.Kind == AuditEventKind.MonthReturned),
                Closures: await db.MonthClosures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).CountAsync(c => c.LibraryId == county),
                Mail: await db.ReminderDeliveries.IgnoreQueryFilters([LibraryRows.AddressedFilter]).CountAsync(d => d.LibraryId == county));
        });
        Assert.Equal((1, 2, 0, 1), rows);
    }

    private static IDbContextFactory<PortalDbContext> Contexts(IServiceProvider services) => services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
}
