using System.Net;
using Portal.Accounts;
using Portal.Domain.Engine;

namespace Portal.Tests.Support;

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

        var eval = factory.Plan2013.Current;

        Assert.Equal(10, eval.AsOf);
        foreach (var status in new[] { KpiStatus.Achieved, KpiStatus.OnTrack, KpiStatus.Behind, KpiStatus.AtRisk })
            Assert.Contains(eval.Kpis, k => k.Status == status);
    }
}
