using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Live;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// Each library's portal at its own address (ADR 039): /l/{code}/… for its pages, /api/libraries/{code}/plans/{year}/…
/// for its API; its own plan and figures, a KPI code the province also uses kept apart; read-only for the libraries
/// above it, not there at all for the others.
/// </summary>
public sealed class LibraryAddressTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task ACounty_KeepsItsOwnPlanAndFigures_AtItsOwnAddresses(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        await world.PublishAsync(world.County, CountyPlan.Json);
        var provinceLoans = world.Portal.Plan2013.Current.Kpi("circulation.loans").Actual;
        using var api = world.Portal.CreateBearerClient(await world.TokenAsync(world.County, LibraryWorld.CountyAdmin));

        var saved = await api.PutAsJsonAsync("/api/libraries/xh-lib/plans/2013/figures/circulation.loans/lending/3", new { value = 9_870, note = "含流动点" });
        var figures = JsonDocument.Parse(await api.GetStringAsync("/l/xh-lib/api/plans/2013/figures")).RootElement;
        using var county = await world.Portal.LoginAsync(LibraryWorld.CountyAdmin);
        var home = await county.GetStringAsync("/l/xh-lib/");
        var noSuchYear = await county.GetAsync("/l/xh-lib/entry?year=2015");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains(figures.EnumerateArray(), f => f.GetProperty("kpi").GetString() == "circulation.loans" && f.GetProperty("value").GetDouble() == 9_870);
        Assert.Equal(9_870, world.Portal.Services.GetRequiredService<PlanStores>().For(world.County).Find(2013)!.Current.Kpi("circulation.loans").Actual);
        Assert.Equal(provinceLoans, world.Portal.Plan2013.Current.Kpi("circulation.loans").Actual); // the province's KPI of the same code
        Assert.Contains(CountyPlan.Title, home);
        Assert.Contains("<base href=\"/l/xh-lib/\"", home);
        Assert.Contains("杭州市西湖区图书馆工作要点</title>", home); // its own name in the tab and the app bar, not the province's
        Assert.DoesNotContain("浙江图书馆工作要点", home);
        Assert.Equal(HttpStatusCode.NotFound, noSuchYear.StatusCode); // and a year it has no plan for links to its own pages
        Assert.Contains("href=\"/l/xh-lib/entry?year=2013\"", await noSuchYear.Content.ReadAsStringAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task LibrariesAbove_ReadOnly_AndNoOtherLibrarySeesIt(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        await world.PublishAsync(world.County, CountyPlan.Json);
        using var countyApi = world.Portal.CreateBearerClient(await world.TokenAsync(world.County, LibraryWorld.CountyAdmin));
        using var cityApi = world.Portal.CreateBearerClient(await world.TokenAsync(world.City, LibraryWorld.CityAdmin));
        using var county = await world.Portal.LoginAsync(LibraryWorld.CountyAdmin);
        using var city = await world.Portal.LoginAsync(LibraryWorld.CityAdmin);
        const string Cell = "/api/libraries/xh-lib/plans/2013/figures/events.lectures/events/2";

        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync("/l/xh-lib/")).StatusCode); // the city reads its county
        Assert.Equal(HttpStatusCode.OK, (await cityApi.GetAsync("/api/libraries/xh-lib/plans/2013/figures")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cityApi.PutAsJsonAsync(Cell, new { value = 3 })).StatusCode); // but may not write
        Assert.Equal(HttpStatusCode.OK, (await countyApi.PutAsJsonAsync(Cell, new { value = 3 })).StatusCode);
        using var signIn = world.Portal.CreateClient(new() { AllowAutoRedirect = false });
        var landed = await TestAccounts.PostLoginAsync(signIn, LibraryWorld.CountyAdmin, TestAccounts.Password);
        Assert.Equal("/l/xh-lib/", landed.Headers.Location?.AbsolutePath); // signed in at /login: to the county's home, not a 404
        foreach (var path in new[] { "/", "/l/hz-lib/", "/l/zjlib/", "/kpi/circulation.loans" })
            Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await countyApi.GetAsync("/api/plans/2013/figures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await countyApi.GetAsync("/api/libraries/hz-lib/plans/2013/figures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync("/l/no-such-lib/")).StatusCode);
    }
}
