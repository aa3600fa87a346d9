using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Portal.Api;
using Portal.Live;

namespace Portal.Hubs;

/// <summary>
/// Sends hub messages for a plan year. Broadcasts and a new subscriber's first dashboard go through one gate per
/// year, so a subscriber can never receive an older dashboard after a newer one.
/// </summary>
public sealed class DashboardPublisher(IHubContext<DashboardHub, IDashboardClient> hub, PlanStore store)
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _gates = new();

    /// <summary>
    /// Sends the dashboard as it is now (so the last one of a burst is the final state), then the figures it
    /// includes: the dashboard goes first because it is what a display must show, and a client can then highlight
    /// each saved figure in a dashboard that already holds it.
    /// </summary>
    public async Task BroadcastAsync(Broadcast broadcast, CancellationToken ct)
    {
        if (store.Find(broadcast.Year) is not { } plan) return;
        var gate = Gate(broadcast.Year);
        await gate.WaitAsync(ct);
        try
        {
            var group = hub.Clients.Group(DashboardHub.GroupOf(broadcast.Year));
            await group.DashboardChanged(DashboardDto.From(plan.Current));
            foreach (var change in broadcast.Saved) await group.FigureSaved(FigureSavedDto.From(change));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Adds a connection to a year's group and sends it the current dashboard.</summary>
    public async Task JoinAsync(int year, string connectionId, CancellationToken ct)
    {
        if (store.Find(year) is not { } plan) return;
        var gate = Gate(year);
        await gate.WaitAsync(ct);
        try
        {
            await hub.Groups.AddToGroupAsync(connectionId, DashboardHub.GroupOf(year), ct);
            await hub.Clients.Client(connectionId).DashboardChanged(DashboardDto.From(plan.Current));
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim Gate(int year) => _gates.GetOrAdd(year, _ => new SemaphoreSlim(1, 1));
}
