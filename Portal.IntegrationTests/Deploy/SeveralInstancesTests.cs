using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Portal.Api;
using Xunit.Abstractions;
using Portal.IntegrationTests.Browser;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// Issue 14 part 3: two real instances on one PostgreSQL and one Redis behind Portal.Gateway. Cookies and
/// antiforgery tokens cross instances (shared Data Protection keys), and a save on either instance reaches pages,
/// walls and hub clients on both.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SeveralInstancesTests(BrowserFixture chromium, ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    public const string Repairs = "ancient-books.repaired-pages";
    private PortalCluster Cluster => fixture.Cluster;

    [ClusterFact]
    public async Task AuthCookieAndAntiforgeryToken_IssuedByOneInstance_AreAcceptedByTheOther()
    {
        // The antiforgery cookie and form token come from A's login page; B checks them and signs the user in.
        var cookies = new CookieContainer();
        using var a = PortalCluster.Client(Cluster.A.Url, cookies); // one host (127.0.0.1): the jar serves both ports
        using var b = PortalCluster.Client(Cluster.B.Url, cookies);
        var form = HiddenFields(await a.GetStringAsync("/login"));
        Assert.Contains("__RequestVerificationToken", form.Keys);
        form["Input.UserName"] = "director";
        form["Input.Password"] = "demo-director-2013";
        using var signIn = await b.PostAsync("/login", new FormUrlEncodedContent(form));
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"B refused A's antiforgery token: {(int)signIn.StatusCode}");
        Assert.DoesNotContain("/login", signIn.Headers.Location?.OriginalString ?? "/login");

        // B issued the login cookie; A reads it.
        using var onA = await a.GetAsync("/api/plans");
        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.Equal("A", PortalCluster.InstanceOf(onA));

        // And the other way round: a login cookie issued by A (with A's own form) works on B's pages.
        var second = new CookieContainer();
        using var a2 = PortalCluster.Client(Cluster.A.Url, second);
        using var b2 = PortalCluster.Client(Cluster.B.Url, second);
        var form2 = HiddenFields(await a2.GetStringAsync("/login"));
        form2["Input.UserName"] = "viewer";
        form2["Input.Password"] = "demo-viewer-2013";
        using var signInA = await a2.PostAsync("/login", new FormUrlEncodedContent(form2));
        Assert.Equal(HttpStatusCode.Redirect, signInA.StatusCode);
        using var page = await b2.GetAsync("/plan?year=2013");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("B", PortalCluster.InstanceOf(page));
    }

    [ClusterFact]
    public async Task SaveOnEitherInstance_ReachesPagesWallsAndHubClientsOnBoth()
    {
        var onA = await Cluster.CookiesForAsync("A");
        var onB = await Cluster.CookiesForAsync("B");
        var token = await Cluster.ApiTokenAsync();
        await using var hubA = await GatewayHubClient.ConnectAsync(Cluster.Gateway.Url, onA, "A", token);
        await using var hubB = await GatewayHubClient.ConnectAsync(Cluster.Gateway.Url, onB, "B", token);
        var pages = new List<ClusterPage>
        {
            await ClusterPage.WallAsync(chromium, Cluster, onA), await ClusterPage.WallAsync(chromium, Cluster, onB),
            await ClusterPage.OverviewAsync(chromium, Cluster, onA), await ClusterPage.OverviewAsync(chromium, Cluster, onB),
        };
        try
        {
            Assert.Equal(["A", "B", "A", "B"], pages.Select(p => p.StartedOn));
            foreach (var (through, cookies, month, value) in new[] { ("A", onA, 12, 771.0), ("B", onB, 11, 772.0) })
            {
                using var client = PortalCluster.Client(Cluster.Gateway.Url, cookies);
                var saved = Stopwatch.GetTimestamp();
                Assert.Equal(through, await Cluster.PutAsync(client, 2013, Repairs, "ancient-books", month, value));
                var total = await OverviewTotalAsync(client, token);
                foreach (var hub in new[] { hubA, hubB })
                {
                    var at = await hub.FigureAsync(f => f.Kpi == Repairs && f.Month == month && f.Value == value);
                    output.WriteLine($"saved on {through}, hub client on {hub.Instance}: {Stopwatch.GetElapsedTime(saved, at).TotalMilliseconds:F0} ms");
                }
                foreach (var page in pages)
                {
                    await page.ExpectFigureAsync($"历史文献部 · {month}月 · 古籍修复 {value:0}页", total, 20_000);
                    output.WriteLine($"saved on {through}, {page}: shown {Stopwatch.GetElapsedTime(saved).TotalMilliseconds:F0} ms after the save (upper bound: includes the checks before)");
                }
            }
            foreach (var page in pages)
            {
                Assert.True(await page.StillLoadedOnceAsync(), $"{page} reloaded");
                Assert.Equal(page.NavigationsAtStart, page.Watch.Navigations);
            }
        }
        finally
        {
            foreach (var page in pages) await page.Context.DisposeAsync();
        }
    }

    /// <summary>The KPI's total as the overview prints it (1,234 页), read from the dashboard API after the save.</summary>
    public static async Task<string> OverviewTotalAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/plans/2013/dashboard");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var kpi = (await response.Content.ReadFromJsonAsync<DashboardDto>())!.Kpis.Single(k => k.Code == Repairs);
        return $"{kpi.Actual.ToString("N0", CultureInfo.InvariantCulture)} {kpi.Unit}";
    }

    private static Dictionary<string, string> HiddenFields(string html)
    {
        var form = html[html.IndexOf("data-login-form", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        return HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
    }

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*name="(?<name>[^"]+)"[^>]*value="(?<value>[^"]*)"[^>]*>""")]
    private static partial Regex HiddenInput();
}
