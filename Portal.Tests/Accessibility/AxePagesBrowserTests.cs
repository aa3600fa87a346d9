using Portal.Tests.Browser;
using Xunit.Abstractions;

namespace Portal.Tests.Accessibility;

/// <summary>
/// axe (WCAG 2.0–2.2, A and AA) on every page of the app, for every role that may see it, a kiosk wall and a
/// visitor who is not signed in, in Chinese and in English. Any serious or critical violation fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxePagesBrowserTests(BrowserFixture chromium, AxePortal fixture, ITestOutputHelper output) : IClassFixture<AxePortal>
{
    public const string Kiosk = "Kiosk";
    public const string Anonymous = "Anonymous";

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var language in new[] { "zh", "en" })
            foreach (var who in PortalRoutes.Roles.Append(Kiosk).Append(Anonymous))
                cases.Add(who, language);
        return cases;
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task EveryPage_ForEachRole_HasNoSeriousViolations(string who, string language)
    {
        var portal = fixture.Portal;
        await using var context = await fixture.ContextAsync(chromium.Browser, language);
        var page = await context.NewPageAsync();
        var routes = PortalRoutes.All(fixture.DraftId);
        List<string> urls;
        if (who == Kiosk) urls = [await portal.WallUrlAsync("page=overview")];
        else if (who == Anonymous) urls = routes.Where(r => r.Anonymous).Select(r => portal.Url(r.Path)).ToList();
        else
        {
            await portal.LoginAsync(page, who, who is Portal.Accounts.PortalRoles.TeamLead or Portal.Accounts.PortalRoles.Staff ? ["reader-services"] : []);
            urls = routes.Where(r => r.VisibleTo(who) && r.Path != "/login/password").Select(r => portal.Url(r.Path)).ToList();
        }
        Assert.NotEmpty(urls);

        var failing = new List<string>();
        foreach (var url in urls)
        {
            await AxePortal.OpenAsync(page, url);
            var found = await AxeCheck.RunAsync(page, $"{who}/{language} {new Uri(url).PathAndQuery}");
            failing.AddRange(found.Failing);
            foreach (var m in found.Moderate) output.WriteLine("axe moderate: " + m);
        }

        Assert.True(failing.Count == 0, $"{failing.Count} serious or critical axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, failing)}");
    }
}
