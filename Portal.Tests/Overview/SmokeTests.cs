using System.Net;
using Portal.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.Overview;

public sealed class SmokeTests
{
    [Fact]
    public async Task Home_FreshDatabase_ListsThe2013PlanWithNoFigures()
    {
        await using var factory = new PortalFactory();
        using var client = await factory.CreateClientAsAsync(PortalRoles.Viewer);

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("浙江图书馆 2013 年工作要点", html);
        Assert.Contains("外借文献", html);
        Assert.All(factory.Plan2013.Current.Kpis, k => Assert.Equal(KpiStatus.NoData, k.Status));
    }

    [Fact]
    public async Task Demo_Switch_AddsFiguresThatShowEveryStatus()
    {
        await using var factory = new PortalFactory(demo: true);
        _ = factory.Server;

        // October 2013 as the demo showed it before 2013 was completed, and the first quarter of 2014.
        var october = factory.Plan2013.Evaluate(10);
        var march2014 = factory.Services.GetRequiredService<PlanStores>().Default.Find(2014)!.Current;

        Assert.Equal(12, factory.Plan2013.Current.AsOf);
        Assert.Equal(3, march2014.AsOf);
        foreach (var status in new[] { KpiStatus.Achieved, KpiStatus.OnTrack, KpiStatus.Behind, KpiStatus.AtRisk })
            Assert.Contains(october.Kpis, k => k.Status == status);
        foreach (var status in new[] { KpiStatus.OnTrack, KpiStatus.Behind, KpiStatus.AtRisk })
            Assert.Contains(march2014.Kpis, k => k.Status == status);
    }
}
