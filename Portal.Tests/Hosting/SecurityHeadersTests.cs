using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Portal.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Hosting;

/// <summary>The security headers on every answer of every route: pages, API, errors, redirects and static files.</summary>
public sealed partial class SecurityHeadersTests(SecurityHeadersTests.EmbeddingPortal portal) : IClassFixture<SecurityHeadersTests.EmbeddingPortal>
{
    /// <summary>The portal with one signage origin allowed to embed the wall, as a library with a display system would set it.</summary>
    public sealed class EmbeddingPortal : PortalFactory
    {
        public const string Signage = "https://signage.zjlib.cn";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Wall:FrameAncestors:0", Signage);
        }
    }

    [Fact]
    public async Task EveryRoute_AnyAnswer_CarriesNosniffCspAndNoFraming()
    {
        using var client = portal.CreateAnonymousClient();
        var routes = RouteCatalog.All(portal).Where(r => !r.Path.StartsWith("/wall", StringComparison.Ordinal)).ToList();
        Assert.True(routes.Count > 20, $"only {routes.Count} routes found");

        var missing = new List<string>();
        foreach (var route in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
            if (route.Method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request); // a stranger: 401, 302 to the login, or the file itself
            var problems = Problems(response, framable: false);
            if (problems.Count > 0) missing.Add($"{route.Method} {route.Path} → {(int)response.StatusCode}: {string.Join(", ", problems)}");
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/plan")]
    [InlineData("/no-such-page")]
    [InlineData("/api/plans/2013/nothing-here")]
    [InlineData("/api/plans/2013/figures/circulation.loans/reader-services/13")]
    public async Task SignedIn_PagesAndErrors_CarryTheHeaders(string path)
    {
        using var client = await portal.CreateAdminClientAsync();

        using var response = await client.GetAsync(path);

        Assert.Empty(Problems(response, framable: false));
    }

    [Theory]
    [InlineData("/api/plans")]
    [InlineData("/api/plans/2013/dashboard")]
    [InlineData("/api/plans/2013/figures")]
    [InlineData("/api/plans/2013/figures.csv")]
    [InlineData("/api/plans/2013/audit")]
    [InlineData("/api/plans/2013/figures?month=13")]
    [InlineData("/report/kpis.csv?year=2013&month=1")]
    public async Task FigureAnswers_AreNeverStored(string path)
    {
        using var client = await portal.CreateAdminClientAsync();

        using var response = await client.GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path} → {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control is '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Wall_WithConfiguredEmbedder_MayBeFramedOnlyByThatOrigin()
    {
        var (_, kiosk) = await portal.CreateKioskTokenAsync();
        using var client = portal.CreateAnonymousClient();

        using var response = await client.GetAsync($"/wall?token={Uri.EscapeDataString(kiosk)}");

        Assert.Empty(Problems(response, framable: true));
        Assert.Contains($"frame-ancestors {EmbeddingPortal.Signage}", Csp(response));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        using var page = await client.GetAsync("/login");
        Assert.Contains("frame-ancestors 'none'", Csp(page)); // only the wall
    }

    [Fact]
    public async Task Page_InlineImportMap_CarriesThisAnswersNonce()
    {
        using var client = await portal.CreateAdminClientAsync();

        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        var nonce = NonceRegex().Match(Csp(first)).Groups[1].Value;
        Assert.NotEqual("", nonce);
        Assert.NotEqual(nonce, NonceRegex().Match(Csp(second)).Groups[1].Value);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", await first.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://signage.zjlib.cn", true)]
    [InlineData("https://*.zjlib.cn", true)]
    [InlineData("http://10.0.3.7:8080", true)]
    [InlineData("'self'", true)]
    [InlineData("*", false)]
    [InlineData("https://signage.zjlib.cn/page", false)]
    [InlineData("signage.zjlib.cn", false)]
    [InlineData("https://a.cn; script-src *", false)]
    public void WallOptions_FrameAncestor_IsAcceptedOnlyAsAnOrigin(string origin, bool valid)
    {
        var options = new global::Portal.Wall.WallOptions { FrameAncestors = [origin] };
        options.ApplyDefaults();

        var result = new global::Portal.Wall.WallOptionsValidation().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    private static string Csp(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Content-Security-Policy", out var v) ? string.Join(" ", v) : "";

    private static List<string> Problems(HttpResponseMessage response, bool framable)
    {
        var problems = new List<string>();
        var csp = Csp(response);
        if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || !sniff.Contains("nosniff")) problems.Add("no nosniff");
        if (!csp.Contains("script-src 'self' 'nonce-", StringComparison.Ordinal)) problems.Add($"CSP '{csp}'");
        if (!framable && !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal)) problems.Add("framable (CSP)");
        if (!framable && !(response.Headers.TryGetValues("X-Frame-Options", out var xfo) && xfo.Contains("DENY"))) problems.Add("framable (X-Frame-Options)");
        if (response.StatusCode >= HttpStatusCode.InternalServerError) problems.Add("5xx");
        return problems;
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceRegex();
}
