using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Configuration;
using Portal.Data;
using Portal.Data.Demo;
using Portal.Data.Entities;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Hosting;
using Portal.Live;
using Portal.PlanItems;
using Portal.Plans;

namespace Portal.Hosting;

/// <summary>
/// Start-up: applies migrations, loads the seed plans into an empty database, adds demo figures when asked, and
/// fills each library's <see cref="PlanStore"/> from the database. Runs before the server takes requests.
/// </summary>
public sealed class DatabaseInitializer(
    PortalDbContext db, PlanStores stores, LibraryTree tree, IOptions<PortalOptions> options, TimeProvider clock, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        if (!await db.Plans.AnyAsync(ct)) await SeedPlansAsync(ct);
        if (options.Value.Demo)
        {
            await AddDemoPlansAsync(ct);
            foreach (var (year, lastMonth) in DemoFigures.Years) await AddDemoFiguresAsync(year, lastMonth, ct);
            await AddDemoItemsAsync(ct);
        }
        // Each library's plans into its own store, read in that library's scope (ADR 039).
        var libraries = await db.Plans.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Select(p => p.LibraryId).Distinct().ToListAsync(ct);
        await tree.ReloadAsync(ct); // the joint targets walk it (ADR 043)
        // Parents first: a library's plan takes the joint targets of the plans above it.
        foreach (var library in libraries.OrderBy(l => tree.Above(l).Count).ThenBy(l => l))
        {
            db.Scope = LibraryScope.Of(library);
            await LoadStoreAsync(db, stores.For(library), ct);
        }
        db.Scope = LibraryScope.All;
    }

    public static async Task LoadStoreAsync(PortalDbContext db, PlanStore store, CancellationToken ct = default)
    {
        foreach (var doc in await db.Plans.AsNoTracking().ToListAsync(ct))
        {
            var plan = PlanFile.Parse(doc.Json);
            var figures = await db.Figures.AsNoTracking().Where(f => f.Year == doc.Year)
                .Select(f => new { f.Kpi, f.Division, f.Month, f.Value, f.Note }).ToListAsync(ct);
            var items = await db.ItemProgress.AsNoTracking().Where(i => i.Year == doc.Year).ToListAsync(ct);
            // The wall's ticker and "latest entries" start from the audit trail, not empty after a restart.
            var recent = await db.Audit.AsNoTracking().Where(a => a.Year == doc.Year)
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(PlanState.RecentCapacity).ToListAsync(ct);
            store.Load(plan, figures.Select(f => new MonthlyFigure(f.Kpi, f.Division, f.Month, f.Value, f.Note)),
                items.Select(ItemRecords.ToTracked),
                recent.Where(a => plan.HasKpi(a.Kpi) && plan.HasDivision(a.Division))
                    .Select(a => new FigureChange(a.Year, a.Kpi, a.Division, a.Month, a.NewValue, a.OldValue, a.By, a.At)), doc.Version);
            await Reporting.ReportingSync.LoadAsync(db, store, doc.Year, publish: false, ct);
        }
    }

    private Task SeedPlansAsync(CancellationToken ct) => AddPlansAsync(options.Value.SeedPlans, ct);

    /// <summary>The demo's further years (2014), each only when that year is not in the database yet.</summary>
    private Task AddDemoPlansAsync(CancellationToken ct) => AddPlansAsync(options.Value.DemoPlans, ct);

    private async Task AddPlansAsync(IEnumerable<string> files, CancellationToken ct)
    {
        foreach (var file in files.Distinct())
        {
            var path = Path.Combine(AppContext.BaseDirectory, file);
            var json = await File.ReadAllTextAsync(path, ct);
            var plan = PlanFile.Parse(json);
            if (await db.Plans.AnyAsync(p => p.Year == plan.Year, ct)) continue;
            db.Plans.Add(new PlanDocument { Year = plan.Year, Title = plan.Title, Json = json, UpdatedAt = clock.GetUtcNow() });
            log.LogInformation("Seeded plan {Year} from {Path}", plan.Year, path);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Demo figures for one year, only when it has none (never on top of real or earlier demo figures).</summary>
    private async Task AddDemoFiguresAsync(int year, int lastMonth, CancellationToken ct)
    {
        var doc = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (doc is null || await db.Figures.AnyAsync(f => f.Year == year, ct)) return;
        var at = clock.GetUtcNow();
        var figures = DemoFigures.For(PlanFile.Parse(doc.Json), lastMonth).ToList();
        db.Figures.AddRange(figures.Select(f => new FigureRecord
        {
            Year = year, Kpi = f.Kpi, Division = f.Division, Month = f.Month, Value = f.Value,
            Note = f.Note, Version = 1, UpdatedAt = at, UpdatedBy = DemoFigures.Author,
        }));
        db.Audit.AddRange(figures.Select(f => new FigureAudit
        {
            Year = year, Kpi = f.Kpi, Division = f.Division, Month = f.Month, Action = AuditAction.Create,
            NewValue = f.Value, Note = f.Note, By = DemoFigures.Author, At = at,
        }));
        await db.SaveChangesAsync(ct);
        log.LogInformation("Added {Count} demo figures for {Year}", figures.Count, year);
    }

    private async Task AddDemoItemsAsync(CancellationToken ct)
    {
        var doc = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == DemoFigures.Year, ct);
        if (doc is null || await db.ItemProgress.AnyAsync(i => i.Year == DemoFigures.Year, ct)) return;
        var at = clock.GetUtcNow();
        var plan = PlanFile.Parse(doc.Json);
        var items = DemoItems.For(plan).Select(p => (Progress: p, Owner: plan.Item(p.ItemCode)!.OwnerDivision ?? "")).ToList();
        db.ItemProgress.AddRange(items.Select(i => new ItemProgressRecord
        {
            Year = DemoFigures.Year, ItemCode = i.Progress.ItemCode, Status = i.Progress.Status, Percent = i.Progress.Percent,
            Note = i.Progress.Note, Owner = i.Owner, Version = 1, UpdatedAt = at, UpdatedBy = DemoFigures.Author,
        }));
        db.ItemAudit.AddRange(items.Select(i => new ItemAudit
        {
            Year = DemoFigures.Year, ItemCode = i.Progress.ItemCode, NewStatus = i.Progress.Status, NewPercent = i.Progress.Percent,
            NewOwner = i.Owner, Note = i.Progress.Note, By = DemoFigures.Author, At = at,
        }));
        await db.SaveChangesAsync(ct);
        log.LogInformation("Added demo progress for {Count} tasks of {Year}", items.Count, DemoFigures.Year);
    }
}
