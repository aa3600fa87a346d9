using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Api;
using Portal.Data;
using Portal.Domain;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.Plans;

namespace Portal.IntegrationTests.Plans;

public sealed class PlanPublisherTests : IDisposable
{
    private PortalFactory _portal = null!;

    private void Start(DatabaseProvider provider) => _portal = new PortalFactory(provider: provider);

    [Theory, OnSqlite, OnPostgres]
    public async Task PublishAsync_ValidPlan_IsStoredAuditedAndServed(DatabaseProvider db)
    {
        Start(db);
        var plan = await PublishAsync(PlanJsons.Year(2015));

        Assert.Equal(2015, plan.Year);
        var state = _portal.Services.GetRequiredService<PlanStores>().Default.Find(2015);
        Assert.NotNull(state);
        Assert.Equal(1, state.Version);
        Assert.Null(state.Current.LatestMonth); // a new year has no figures, and evaluates without throwing
        await using var scope = _portal.Scope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var doc = await data.Plans.SingleAsync(p => p.Year == 2015);
        Assert.Equal((1, "管理员甲"), (doc.Version, doc.UpdatedBy));
        var audit = await data.PlanAudit.SingleAsync(a => a.Year == 2015);
        Assert.Equal((PlanPublisher.Action, "管理员甲", 1), (audit.Action, audit.By, audit.Version));
        var client = await _portal.CreateAdminClientAsync();
        var years = await client.GetFromJsonAsync<List<PlanSummaryDto>>("/api/plans");
        Assert.Equal([2015, 2013], years!.Select(y => y.Year));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PublishAsync_InvalidJson_IsRefusedInChinese_AndNothingStored(DatabaseProvider db)
    {
        Start(db);
        var e = await Assert.ThrowsAsync<DomainException>(() => PublishAsync("{\"year\": 2015, \"title\": "));
        Assert.Contains("不是有效的 JSON", e.Message);

        var unknownLead = PlanJsons.Year(2015).Replace("\"lead\": \"jiayetang\"", "\"lead\": \"no-such-division\"");
        e = await Assert.ThrowsAsync<DomainException>(() => PublishAsync(unknownLead));
        Assert.Contains("未知的部门代码“no-such-division”", e.Message);

        Assert.Null(_portal.Services.GetRequiredService<PlanStores>().Default.Find(2015));
        await using var scope = _portal.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Plans.AnyAsync(p => p.Year == 2015));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PublishAsync_YearThatExists_IsRefused_AndThePlanStaysAsItWas(DatabaseProvider db)
    {
        Start(db);
        var before = _portal.Plan2013.Plan;
        var changed = PlanJsons.Seed2013.Replace("\"target\": 1800,", "\"target\": 1900,");

        var e = await Assert.ThrowsAsync<DomainException>(() => PublishAsync(changed));

        Assert.Contains("2013 年的工作计划已经发布", e.Message);
        Assert.Same(before, _portal.Plan2013.Plan);
        Assert.Equal(1800, _portal.Plan2013.Plan.Kpi("local-docs.acquired").Target.Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PublishAsync_AnnouncesTheYearOnTheFeed_ForOpenPages(DatabaseProvider db)
    {
        Start(db);
        using var feed = _portal.Services.GetRequiredService<PlanFeed>().Subscribe();

        await PublishAsync(PlanJsons.Year(2015));

        var change = await feed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((2015, 1), (change.Year, change.Revision!.Version));
    }

    private async Task<Portal.Domain.Plans.Plan> PublishAsync(string json)
    {
        await using var scope = _portal.Scope();
        return await scope.ServiceProvider.GetRequiredService<PlanPublisher>().PublishAsync(json, TestWriters.Admin("管理员甲"), CancellationToken.None);
    }

    public void Dispose() => _portal?.Dispose();
}
