using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Localization;
using Portal.Domain.Plans;
using Portal.PlanItems;
using Portal.Plans;
using Portal.Domain.Figures;

namespace Portal.Live.Instances;

/// <summary>
/// Reloads every library's plans' figures and task progress from the database and applies the difference to its store, after the bus may
/// have lost changes committed on other instances; and confirms each batch received from another instance against
/// the database (<see cref="ConfirmAsync"/>). The difference reaches circuits and hub clients like any save.
/// </summary>
public sealed class StoreResync(IServiceScopeFactory scopes, PlanStores stores, WriteGate gate, TimeProvider clock, ILogger<StoreResync> log)
{
    public static string By => LiveMessages.Text.Get("Resync.By", TextResource.Chinese);
    private const int Attempts = 5;

    public Task RunAsync(CancellationToken ct) => RunAsync(ChangeOrigin.OtherInstance, ct);

    /// <param name="origin">ThisInstance when the reload looks for this instance's own saves of unknown outcome: what it
    /// finds then goes to the other instances too.</param>
    public async Task RunAsync(ChangeOrigin origin, CancellationToken ct)
    {
        await AdoptNewerPlansAsync(ct);
        foreach (var store in stores.All) await RunAsync(store, origin, ct);
    }

    private async Task RunAsync(PlanStore store, ChangeOrigin origin, CancellationToken ct)
    {
        using var library = LibraryScope.Enter(LibraryScope.Of(store.Library)); // the reads below are this library's
        foreach (var state in store.Plans)
        {
            var year = state.Plan.Year;
            for (var attempt = 1; ; attempt++)
            {
                // Read the count first: any batch applied after it makes this read possibly stale, and Resync refuses it.
                var applied = state.Applied;
                var stored = await ReadAsync(year, ct);
                if (store.Resync(year, stored, applied, By, clock.GetUtcNow(), origin)) break;
                if (attempt == Attempts)
                {
                    log.LogWarning("Could not resynchronise plan {Year} with the database: saves kept coming in", year);
                    break;
                }
            }
            // Task progress carries versions and the store keeps the newer one, so applying what is newer is enough.
            var items = await ReadItemsAsync(year, ct);
            var newer = items.Where(i => state.Items.TryGetValue(i.ItemCode, out var held) && i.Version > held.Version)
                .Select(i => new ItemChange(year, i, state.Items[i.ItemCode])).ToList();
            if (newer.Count > 0) store.ApplyItems(year, newer, origin);
        }
    }

    /// <summary>
    /// After changes from another instance were applied: reads their cells from the database and corrects the store
    /// where it differs. The bus keeps each publisher's order, not the order of commits across instances, so a message
    /// about an earlier commit can arrive after this instance applied a later save of the same cell (ADR 004). Inside
    /// the write gate, so that no save of this instance is applied between the read and the correction.
    /// </summary>
    public async Task ConfirmAsync(PlanStore store, int year, IReadOnlyList<FigureChange> changes, CancellationToken ct)
    {
        if (store.Find(year) is not { } state || changes.Count == 0) return;
        using var library = LibraryScope.Enter(LibraryScope.Of(store.Library));
        var cells = changes.Select(c => new FigureCell(c.Kpi, c.Division, c.Month)).ToHashSet();
        using var entered = await gate.EnterAsync(ct);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var applied = state.Applied;
            var stored = await ReadAsync(year, ct, cells);
            if (store.Resync(year, stored, applied, By, clock.GetUtcNow(), ChangeOrigin.OtherInstance, cells)) return;
        }
        log.LogWarning("Could not confirm {Count} changes to plan {Year} from another instance against the database", cells.Count, year);
    }

    /// <summary>Plans published or edited on other instances meanwhile, in any library: a year its store lacks, or a newer version (ADR 014).</summary>
    private async Task AdoptNewerPlansAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var doc in await db.Plans.IgnoreQueryFilters([LibraryRows.AddressedFilter]).AsNoTracking().ToListAsync(ct))
            if (stores.For(doc.LibraryId) is var store && (store.Find(doc.Year) is not { } held || held.Version < doc.Version))
                store.Adopt(PlanFile.Parse(doc.Json), new PlanRevision(doc.Version, doc.Json), ChangeOrigin.OtherInstance);
    }

    private async Task<List<TrackedItem>> ReadItemsAsync(int year, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var records = await db.ItemProgress.AsNoTracking().Where(i => i.Year == year).ToListAsync(ct);
        return records.Select(TrackedItem.From).ToList();
    }

    /// <summary>The year's figures, or those of <paramref name="cells"/> (read as the cross product of their codes and months).</summary>
    private async Task<Dictionary<FigureCell, double>> ReadAsync(int year, CancellationToken ct, IReadOnlySet<FigureCell>? cells = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var query = db.Figures.AsNoTracking().Where(f => f.Year == year);
        if (cells is not null)
        {
            var (kpis, divisions, months) = (cells.Select(c => c.Kpi).Distinct().ToList(), cells.Select(c => c.Division).Distinct().ToList(),
                cells.Select(c => c.Month).Distinct().ToList());
            query = query.Where(f => kpis.Contains(f.Kpi) && divisions.Contains(f.Division) && months.Contains(f.Month));
        }
        var figures = await query.Select(f => new { f.Kpi, f.Division, f.Month, f.Value }).ToListAsync(ct);
        return figures.ToDictionary(f => new FigureCell(f.Kpi, f.Division, f.Month), f => f.Value);
    }
}
