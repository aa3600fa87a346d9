using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Portal.Api;
using Portal.Live;

namespace Portal.Hubs;

/// <summary>
/// Sends hub messages for a library's plan year. Broadcasts and a new subscriber's first dashboard go through one
/// gate per library and year, so a subscriber can never receive an older dashboard after a newer one.
/// </summary>
public sealed class DashboardPublisher(IHubContext<DashboardHub, IDashboardClient> hub, PlanStores stores)
{
    private readonly ConcurrentDictionary<(int Library, int Year), SemaphoreSlim> _gates = new();

    /// <summary>
    /// Sends the dashboard as it is now (so the last one of a burst is the final state), then the figures it
    /// includes: the dashboard goes first because it is what a display must show, and a client can then highlight
    /// each saved figure in a dashboard that already holds it.
    /// </summary>
    public async Task BroadcastAsync(Broadcast broadcast, CancellationToken ct)
    {
        if (stores.For(broadcast.Library).Find(broadcast.Year) is not { } plan) return;
        var gate = Gate(broadcast.Library, broadcast.Year);
        await gate.WaitAsync(ct);
        try
        {
            var group = hub.Clients.Group(DashboardHub.GroupOf(broadcast.Library, broadcast.Year));
            await group.DashboardChanged(DashboardDto.From(plan.Current));
            foreach (var change in broadcast.Saved) await group.FigureSaved(FigureSavedDto.From(change));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Adds a connection to a library's year's group and sends it the current dashboard.</summary>
    public async Task JoinAsync(PlanStore store, int year, string connectionId, CancellationToken ct)
    {
        if (store.Find(year) is not { } plan) return;
        var gate = Gate(store.Library, year);
        await gate.WaitAsync(ct);
        try
        {
            await hub.Groups.AddToGroupAsync(connectionId, DashboardHub.GroupOf(store.Library, year), ct);
            await hub.Clients.Client(connectionId).DashboardChanged(DashboardDto.From(plan.Current));
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim Gate(int library, int year) => _gates.GetOrAdd((library, year), _ => new SemaphoreSlim(1, 1));
}
