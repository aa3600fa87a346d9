using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Api;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

public sealed class HubJsonTests
{
    [Fact]
    public async Task DashboardChanged_IsByteForByteTheJsonOfAMinimalApiEndpoint()
    {
        // TODO(merge): compare with GET /api/plans/2013/dashboard itself once the JSON API is merged.
        await using var host = new PortalFactory(demo: true);
        await using var portal = host.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, DashboardEndpoint>()));
        await using var client = await HubListener.ConnectAsync(portal);
        using var http = portal.CreateClient();

        await client.SubscribeAsync(2013);
        await client.UntilAsync(() => client.RawDashboards.Count > 0);
        var api = await http.GetStringAsync("/test/dashboard/2013");

        var hub = client.RawDashboards[0];
        Assert.Contains("\"kpis\":[{\"code\":", hub);
        Assert.Equal(api, hub);
    }

    /// <summary>A minimal API endpoint answering the DashboardDto, as the JSON API does.</summary>
    private sealed class DashboardEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/test/dashboard", branch =>
            {
                branch.UseRouting();
                branch.UseEndpoints(e => e.MapGet("/{year:int}", (int year, PlanStore store) =>
                    TypedResults.Ok(DashboardDto.From(store.Find(year)!.Current))));
            });
            next(app);
        };
    }
}
