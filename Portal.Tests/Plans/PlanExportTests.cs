using System.Net;
using Portal.Domain.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.Plans;

namespace Portal.Tests.Plans;

public sealed class PlanExportTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    [Fact]
    public async Task PlanJson_2013_IsExactlyTheSeedReserialised()
    {
        var client = await _portal.CreateClientAsAsync("Viewer");

        var response = await client.GetAsync("/api/plans/2013/plan.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(PlanFile.Serialize(PlanFile.Parse(PlanJsons.Seed2013)), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PlanJson_UnknownYear_Is404ProblemInChinese()
    {
        var client = await _portal.CreateClientAsAsync("Viewer");

        var response = await client.GetAsync("/api/plans/2031/plan.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("没有“2031”年度的计划", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PlanJson_WithoutLogin_Is401()
    {
        var response = await _portal.CreateAnonymousClient().GetAsync("/api/plans/2013/plan.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
