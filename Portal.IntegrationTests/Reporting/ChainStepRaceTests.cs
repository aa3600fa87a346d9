using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Reporting;
using Portal.Reporting.Chain;
using Portal.Reporting.Closures;
using Portal.Tests.Support.Reporting;

namespace Portal.IntegrationTests.Reporting;

/// <summary>
/// Two reviewers of 杭州图书馆 on two instances review 杭州市西湖区图书馆's April at the same instant (ADR 046): each
/// instance's write gate lets its own through, both read the month as waiting for the city, and only the first to
/// claim that step records it; the other is told the month was just taken. The instant is made by holding the
/// tables both write to until both attempts wait on them, then letting them go together.
/// </summary>
public sealed class ChainStepRaceTests
{
    [Theory, OnPostgres]
    public async Task TwoInstancesReviewers_AtTheSameInstant_RecordOneStep_AndTheOtherIsToldItWasJustTaken(DatabaseProvider provider)
    {
        await using var province = await ChainProvince.StartAsync(provider);
        await province.CompleteInsideAsync("xh-lib");
        var county = await province.IdAsync("xh-lib");
        var reviewer = await province.AccountAsync("hz.admin");

        await using var holder = new NpgsqlConnection(province.Portal.ConnectionString);
        await holder.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        await Sql(holder, """LOCK TABLE "ReminderClaims", "AuditEvents" IN EXCLUSIVE MODE""").ExecuteNonQueryAsync();

        // Each attempt as on an instance of its own: the same services, a write gate of its own.
        var attempts = Enumerable.Range(0, 2).Select(_ => province.InAsync("hz-lib", services =>
            ActivatorUtilities.CreateInstance<ReviewChainService>(services, new WriteGate())
                .ReviewAsync(reviewer, county, ChainProvince.Year, ChainProvince.April))).ToList();
        await WaitUntilAsync(async () => (long)(await Sql(holder, """
            SELECT count(*) FROM pg_locks WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).ExecuteScalarAsync())! == 2);
        await held.RollbackAsync();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal([PeriodStatus.Reviewed, PeriodStatus.Conflict], outcomes.Select(o => o.Status).Order());
        Assert.Equal("杭州市西湖区图书馆本月的报送刚刚已由他人审核或退回，请刷新页面查看。", outcomes.Single(o => o.Status == PeriodStatus.Conflict).Message);
        var steps = await province.InAsync("zjlib", async s =>
        {
            await using var db = await s.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            return await db.AuditEvents.IgnoreQueryFilters([LibraryRows.AddressedFilter])
                .CountAsync(e => e.LibraryId == county && e.Kind == AuditEventKind.ChainReviewed);
        });
        Assert.Equal(1, steps);
        Assert.Equal((ChainStage.Awaiting, "zjlib"), ((await province.MonthAsync("xh-lib")).State.Stage, (await province.MonthAsync("xh-lib")).Awaiting?.Code));
    }

    private static NpgsqlCommand Sql(NpgsqlConnection connection, string sql) => new(sql, connection);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition()) await Task.Delay(20, timeout.Token);
    }
}
