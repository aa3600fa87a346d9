using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Portal.Live;
using Portal.Domain.Localization;
using Portal.Plans;

namespace Portal.Hubs;

/// <summary>
/// Live dashboards for programs outside the portal (displays, scripts). A client subscribes to a plan year and
/// then receives DashboardChanged and FigureSaved; subscribing also sends the current dashboard at once, so a
/// client that reconnects is back in step without asking.
/// </summary>
public sealed class DashboardHub(PlanStore store, DashboardPublisher publisher) : Hub<IDashboardClient>
{
    public const string Route = "/hubs/dashboard";

    /// <summary>A library's year (ADR 039); the default library keeps the group names it always had.</summary>
    public static string GroupOf(int library, int year) =>
        library == Data.Entities.Library.DefaultId ? $"plan-{year}" : $"plan-{library}-{year}";

    public Task Subscribe(int year)
    {
        if (store.Find(year) is null) throw new HubException(UnknownYear(year));
        return publisher.JoinAsync(store, year, Context.ConnectionId, Context.ConnectionAborted);
    }

    public Task Unsubscribe(int year) => Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(store.Library, year));

    private string UnknownYear(int year)
    {
        var years = store.Plans.Select(p => p.Plan.Year).Order().ToList();
        return years.Count == 0
            ? LiveMessages.Text.Format("Subscribe.NoPlans", year)
            : LiveMessages.Text.Format("Subscribe.UnknownYear", year, ListText.Join(years.Select(y => y.ToString(CultureInfo.InvariantCulture))));
    }
}
