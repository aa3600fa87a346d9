using System.Net;
using Portal.Tests.Support;

namespace Portal.Tests.Hosting;

/// <summary>
/// Every page that takes ?year= or ?month= explains a year without a published plan and a month outside 1–12,
/// with links to what exists, instead of silently showing another year or month.
/// </summary>
public sealed class PlanQueryGuardTests : IClassFixture<PlanQueryGuardTests.Portal>
{
    public sealed class Portal() : PortalFactory(demo: false);

    private readonly PortalFactory _factory;

    public PlanQueryGuardTests(Portal factory) => _factory = factory;

    public static TheoryData<string> Pages() =>
    [
        "/", "/kpi/circulation.loans", "/divisions", "/divisions/reader-services", "/entry", "/wall", "/plan", "/report",
        "/reporting", "/periods", "/plans/edit",
    ];

    [Theory, MemberData(nameof(Pages))]
    public async Task Page_UnpublishedYear_NamesTheYearsThatExistWithLinks(string page)
    {
        using var client = await _factory.CreateAdminClientAsync();

        var response = await client.GetAsync($"{page}?year=2015");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有 2015 年度的工作计划（尚未发布）。已发布的年度：2013 年。", html);
        Assert.Contains($"<a href=\"{page}?year=2013\">2013 年</a>", html);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Page_Month13_SaysMonthsAreOneToTwelveWithALinkWithoutIt(string page)
    {
        using var client = await _factory.CreateAdminClientAsync();

        var response = await client.GetAsync($"{page}?year=2013&month=13");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("月份必须在 1 到 12 之间，收到的是 13。", html);
        Assert.Contains($"<a href=\"{page}?year=2013\">", html);
    }

    [Fact]
    public async Task Page_PublishedYearAndMonth_IsServed()
    {
        using var client = await _factory.CreateAdminClientAsync();

        var response = await client.GetAsync("/?year=2013&month=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_UnpublishedYear_NotSignedIn_GoesToLoginWithoutListingYears()
    {
        using var client = _factory.CreateAnonymousClient();

        var response = await client.GetAsync("/?year=2015");

        Assert.DoesNotContain("已发布的年度", await response.Content.ReadAsStringAsync());
    }
}
