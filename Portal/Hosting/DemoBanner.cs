using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Portal.Accounts;
using Portal.Live;
using Portal.Domain.Localization;
using Portal.Configuration;
using Portal.Plans;

namespace Portal.Hosting;

/// <summary>
/// With --demo, once the server listens: the address to open (from the addresses it really listens on, so --urls
/// and a port chosen by the system are right) and the demo accounts, so that nobody has to look them up.
/// </summary>
public static class DemoBanner
{
    public static void PrintOnStart(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.Demo) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var plan = app.Services.GetRequiredService<PlanStores>().Default.Plans.FirstOrDefault()?.Plan;
            Console.Out.Write(Text(addresses, division => plan is not null && plan.HasDivision(division) ? plan.Division(division).Name : division));
            Console.Out.Flush();
        });
    }

    public static string Text(IEnumerable<string> addresses, Func<string, string> divisionName)
    {
        var lines = new List<string> { "", HostingMessages.Text["Demo.Started"] };
        lines.AddRange(addresses.Select(a => "  " + Openable(a)));
        lines.Add(HostingMessages.Text["Demo.Accounts"]);
        foreach (var a in DemoAccounts.All)
        {
            var divisions = a.Divisions.Length == 0 ? "" : HostingMessages.Text.Format("Demo.Divisions", ListText.Join(a.Divisions.Select(divisionName)));
            lines.Add($"  {a.UserName,-9} {a.Password,-20} {PortalRoles.DisplayName(a.Role)}{divisions}");
        }
        lines.Add(HostingMessages.Text["Demo.Footer"]);
        lines.Add("");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A wildcard address (0.0.0.0, [::], +, *) is where the server listens, not where a browser goes.</summary>
    private static string Openable(string address)
    {
        var named = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        var uri = new Uri(named);
        return uri.Host is "0.0.0.0" or "[::]" or "::" ? new UriBuilder(uri) { Host = "localhost" }.Uri.ToString().TrimEnd('/') : named.TrimEnd('/');
    }
}
