using System.Net;
using System.Text;
using Portal.Tests.Support;
using Portal.Tests.Support.Accounts;

namespace Portal.Tests.Accounts;

/// <summary>Every route the app maps, found by enumeration (so routes other features add are covered too).</summary>
public sealed class AnonymousAccessTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    /// <summary>
    /// The only pages a stranger may open: signing in and setting a first password, and the load balancer's health
    /// check (no data in it: status and instance name, ADR 018). Static files aside.
    /// </summary>
    private static readonly string[] Exempt = ["/healthz", "/login", "/login/password"];

    [Fact]
    public async Task EveryRoute_Anonymous_IsRefused()
    {
        using var client = portal.CreateAnonymousClient();
        var routes = RouteCatalog.All(portal).Where(r => !r.IsStaticAsset && !Exempt.Contains(r.Pattern)).ToList();
        Assert.Contains(routes, r => r.Path == "/api/plans/2013/closures");

        var accepted = new List<string>();
        foreach (var route in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
            if (route.Method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            if (!Refused(route.Path, response)) accepted.Add($"{route.Method} {route.Path} → {(int)response.StatusCode}");
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void AllowAnonymous_IsOnlyOnTheLoginPages()
    {
        var open = RouteCatalog.All(portal).Where(r => r.AllowsAnonymous && !r.IsStaticAsset).Select(r => r.Pattern).Distinct().Order();

        Assert.Equal(Exempt.Order(), open);
    }

    [Fact]
    public async Task StaticAssets_AndLoginPage_AreOpen()
    {
        using var client = portal.CreateAnonymousClient();
        var css = RouteCatalog.All(portal).First(r => r.IsStaticAsset && r.Method == "GET" && r.Path.EndsWith(".css", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(css.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }

    [Theory]
    [InlineData("/wall")] // the kiosk entry point needs its token
    [InlineData("/entry")]
    [InlineData("/no-such-page")]
    public async Task UnmappedOrTokenlessPaths_Anonymous_RedirectToLogin(string path)
    {
        using var client = portal.CreateAnonymousClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", PathOf(response.Headers.Location!));
    }

    /// <summary>Programs get 401 (never a redirect to a form); people get sent to /login.</summary>
    private static bool Refused(string path, HttpResponseMessage response)
    {
        var forPrograms = path.StartsWith("/api", StringComparison.Ordinal) || path.StartsWith("/hubs", StringComparison.Ordinal)
            || path.StartsWith("/_blazor", StringComparison.Ordinal);
        if (forPrograms) return response.StatusCode == HttpStatusCode.Unauthorized;
        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location!).StartsWith("/login", StringComparison.Ordinal));
    }

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
}
