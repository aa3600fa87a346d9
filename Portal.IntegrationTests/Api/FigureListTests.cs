using Portal.Tests.Support;
using Portal.Data;
using System.Net;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

public sealed class FigureListTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Figures_Filters_NarrowByKpiDivisionAndMonth(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.loans", "reader-services", 2, 76_900);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);
        await api.SaveAsync("circulation.loans", "branches", 3, 24_300);
        await api.SaveAsync("circulation.visits", "reader-services", 3, 152_300);

        Assert.Equal(4, (await api.FiguresAsync()).Count);
        // Ordered by KPI, division and month.
        Assert.Equal([24_300d, 76_900d, 98_450d], (await api.FiguresAsync("?kpi=circulation.loans")).Select(f => f.Value));
        Assert.Equal(3, (await api.FiguresAsync("?division=reader-services")).Count);
        var one = Assert.Single(await api.FiguresAsync("?kpi=circulation.loans&division=reader-services&month=3"));
        Assert.Equal(98_450, one.Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Figures_UnknownYear_Returns404(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.Client.GetAsync("/api/plans/2012/figures");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await ApiHost.ProblemAsync(response, 404);
    }
}
