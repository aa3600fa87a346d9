using System.Net;
using System.Net.Http.Json;
using Portal.Data;
using Portal.Data.Entities;
using Portal.IntegrationTests.Live;

namespace Portal.IntegrationTests.Libraries;

/// <summary>The dashboard hub at a library's address (ADR 039): its plan's dashboard and its saves, and no other library's.</summary>
public sealed class LibraryHubTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task TheHubAtACountysAddress_SendsItsDashboardAndSaves_AndTheProvincesHearNothingOfThem(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        await world.PublishAsync(world.County, CountyPlan.Json);
        var countyToken = await world.TokenAsync(world.County, LibraryWorld.CountyAdmin);
        using var countyApi = world.Portal.CreateBearerClient(countyToken);
        using var provinceApi = world.Portal.CreateBearerClient(await world.TokenAsync(Library.DefaultId, "admin"));
        await using var county = await HubListener.ConnectAsync(world.Portal, "/l/xh-lib", countyToken);
        await using var province = await HubListener.ConnectAsync(world.Portal);
        await county.SubscribeAsync(2013);
        await province.SubscribeAsync(2013);

        await county.DashboardAsync(d => d.Kpis.Any(k => k.Code == "events.lectures")); // the county's plan, not the province's
        Assert.Equal(HttpStatusCode.OK, (await countyApi.PutAsJsonAsync("/api/libraries/xh-lib/plans/2013/figures/events.lectures/events/4", new { value = 5 })).StatusCode);
        await county.FigureAsync(f => f.Kpi == "events.lectures" && f.Value == 5);
        // A save in the province afterwards: once its subscribers have it, they would have had the county's too.
        Assert.Equal(HttpStatusCode.OK, (await provinceApi.PutAsJsonAsync("/api/plans/2013/figures/circulation.loans/reader-services/12", new { value = 91_230 })).StatusCode);
        await province.FigureAsync(f => f.Kpi == "circulation.loans" && f.Value == 91_230);

        Assert.DoesNotContain(province.Figures, f => f.Kpi == "events.lectures");
        Assert.DoesNotContain(county.Figures, f => f.Kpi == "circulation.loans" && f.Value == 91_230);
    }
}
