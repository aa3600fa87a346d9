using Portal.Data;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Live;

public sealed class HubJsonTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task DashboardChanged_IsByteForByteTheJsonOfTheDashboardApi(DatabaseProvider db)
    {
        await using var portal = new PortalFactory(demo: true, provider: db);
        await using var client = await HubListener.ConnectAsync(portal);
        using var http = await portal.CreateAdminClientAsync();

        await client.SubscribeAsync(2013);
        await client.UntilAsync(() => client.RawDashboards.Count > 0);
        var api = await http.GetStringAsync("/api/plans/2013/dashboard");

        var hub = client.RawDashboards[0];
        Assert.Contains("\"kpis\":[{\"code\":", hub);
        Assert.Equal(api, hub);
    }
}
