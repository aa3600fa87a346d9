using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.Plans;

namespace Portal.Tests.Plans;

/// <summary>Every page takes ?year= and shows a year that was just published and has no figures yet, without an error.</summary>
public sealed class EmptyYearPagesTests : IDisposable
{
    private readonly PortalFactory _portal = new(demo: true);

    [Theory]
    [InlineData("/")]
    [InlineData("/kpi/wechat.followers")]
    [InlineData("/divisions")]
    [InlineData("/divisions/technology")]
    [InlineData("/entry")]
    [InlineData("/wall")]
    [InlineData("/report")]
    [InlineData("/plan")]
    [InlineData("/periods")]
    [InlineData("/plans/edit")]
    public async Task Page_ForAYearWithoutFigures_Renders(string path)
    {
        await using (var scope = _portal.Scope())
            await scope.ServiceProvider.GetRequiredService<PlanPublisher>()
                .PublishAsync(PlanJsons.Seed2014.Replace("\"year\": 2014", "\"year\": 2015").Replace("2014 年工作要点", "2015 年工作要点"), TestWriters.Admin("测试"), CancellationToken.None);
        using var client = await _portal.CreateClientAsAsync(PortalRoles.Admin);

        var response = await client.GetAsync($"{path}?year=2015");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("blazor-error-ui\" style=\"display: block", html);
        if (path is "/" or "/plan" or "/plans/edit") Assert.Contains("浙江图书馆 2015 年工作要点", html);
    }

    [Fact]
    public async Task Overview_WithoutYear_ShowsTheLatestYearThatHasStarted()
    {
        using var client = await _portal.CreateClientAsAsync(PortalRoles.Viewer);

        var html = await client.GetStringAsync("/");

        Assert.Contains("浙江图书馆 2014 年工作要点", html);
        Assert.Equal(2014, _portal.Services.GetRequiredService<PlanStores>().Default.Default!.Plan.Year);
    }

    public void Dispose() => _portal.Dispose();
}
