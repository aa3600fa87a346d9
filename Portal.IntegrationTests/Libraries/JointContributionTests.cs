using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Live;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// A joint target (ADR 043) between libraries on one database: the 2013 plan's 全省公共图书馆联动读书活动约 200 场, to
/// which every library below the province contributes. A county enters its part on its own row, stored as its own
/// figure; the province counts it (its roll-up passes row-level security on PostgreSQL), and a sibling county sees
/// neither the row's figure nor the county.
/// </summary>
public sealed class JointContributionTests
{
    private const string Row = "joint.zjlib.network.reading-events";

    [Theory, OnSqlite, OnPostgres]
    public async Task ACountysContribution_IsCountedByTheProvince_AndASiblingCannotSeeIt(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        var sibling = await world.AddAsync("yh-lib", "杭州市余杭区图书馆", LibraryLevel.County, "hz-lib", "yh.admin");
        await world.PublishAsync(world.County, CountyPlan.Json);
        await world.PublishAsync(sibling, CountyPlan.Json.Replace("西湖区", "余杭区"));
        var stores = world.Portal.Services.GetRequiredService<PlanStores>();
        var province = world.Portal.Plan2013;
        var before = province.Current.Kpi("network.reading-events").Actual;
        using var county = world.Portal.CreateBearerClient(await world.TokenAsync(world.County, LibraryWorld.CountyAdmin));
        using var neighbour = world.Portal.CreateBearerClient(await world.TokenAsync(sibling, "yh.admin"));

        // 西湖区 held 6 reading-festival events in July, entered on its 活动推广部's row.
        var saved = await county.PutAsJsonAsync($"/l/xh-lib/api/plans/2013/figures/{Row}/events/7", new { value = 6, note = "读书节少儿专场" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("events", stores.For(world.County).Find(2013)!.Plan.Kpi(Row).LeadDivision);
        var joint = province.Joint("network.reading-events")!;
        Assert.Equal(["hz-lib", "xh-lib", "yh-lib"], joint.Contributors.Select(c => c.Code));
        Assert.Equal(6, joint.ByLibrary(7).Single(p => p.Library.Code == "xh-lib").Actual);
        Assert.Equal(["hz-lib", "yh-lib"], joint.Missing(7).Select(c => c.Code));
        Assert.Equal(before + 6, province.Evaluate(12).Kpi("network.reading-events").Actual);

        // Stored as the county's own row: the province's roll-up reads it (through row-level security on PostgreSQL) …
        var rolledUp = await world.AsAsync(Library.DefaultId, db => db.Figures.IgnoreQueryFilters([LibraryRows.AddressedFilter])
            .Where(f => f.Kpi == Row).Select(f => new { f.LibraryId, f.Value }).ToListAsync());
        Assert.Equal([(world.County, 6.0)], rolledUp.Select(f => (f.LibraryId, f.Value)));
        // … and the sibling county reads nothing of it, by the query filters, by hand-written SQL, or through the API.
        Assert.Empty(await world.AsAsync(sibling, db => db.Figures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(f => f.Kpi == Row).ToListAsync()));
        if (provider == DatabaseProvider.Postgres)
            Assert.Empty(await world.AsAsync(sibling, db => db.Database.SqlQueryRaw<int>("""SELECT "LibraryId" AS "Value" FROM "Figures" WHERE "Kpi" = 'joint.zjlib.network.reading-events'""").ToListAsync()));
        var own = JsonDocument.Parse(await neighbour.GetStringAsync($"/l/yh-lib/api/plans/2013/figures?kpi={Row}")).RootElement;
        Assert.Equal(0, own.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/l/xh-lib/api/plans/2013/figures?kpi={Row}")).StatusCode);
    }
}
