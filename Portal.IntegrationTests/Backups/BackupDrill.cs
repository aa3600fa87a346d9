using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Support;
using Portal.IntegrationTests.Live;

namespace Portal.IntegrationTests.Backups;

/// <summary>
/// Saves at a steady rate through the API, one new cell each, one at a time, each followed by the dashboard as it
/// then stood: so the database at any moment holds exactly the first k saves, and <see cref="Dashboards"/>[k] is what
/// the portal served at that moment.
/// </summary>
public sealed class BackupDrill(PortalFactory portal, HttpClient client, int count, TimeSpan interval)
{
    private int _committed;

    public IReadOnlyList<(string Kpi, string Division, int Month, double Value)> Saves { get; } = Cells(portal, count);

    /// <summary>Dashboards[k]: the dashboard JSON after the first k saves committed.</summary>
    public string?[] Dashboards { get; } = new string?[count + 1];

    public int Committed => Volatile.Read(ref _committed);

    public TimeSpan Elapsed { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        Dashboards[0] = await client.GetStringAsync("/api/plans/2013/dashboard", ct);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Saves.Count && !ct.IsCancellationRequested; i++)
        {
            var due = interval * i - clock.Elapsed; // the pace of a feed, not a wait for something to happen
            if (due > TimeSpan.Zero) await Task.Delay(due, ct);
            var (kpi, division, month, value) = Saves[i];
            var put = await client.PutAsJsonAsync($"/api/plans/2013/figures/{kpi}/{division}/{month}", new { value, note = $"演练 {i}" }, ct);
            put.EnsureSuccessStatusCode();
            Dashboards[i + 1] = await client.GetStringAsync("/api/plans/2013/dashboard", ct);
            Volatile.Write(ref _committed, i + 1);
        }
        Elapsed = clock.Elapsed;
    }

    /// <summary>Distinct cells of the 2013 plan with realistic whole monthly figures (a few hundred to a few ten thousand).</summary>
    private static List<(string, string, int, double)> Cells(PortalFactory portal, int count)
    {
        var plan = portal.Plan2013.Plan;
        return (from month in Enumerable.Range(1, 12)
                from kpi in plan.Kpis
                from division in plan.Divisions
                select (kpi.Code, division.Code, month, (double)(300 + (kpi.Code.Length * 7919 + division.Code.Length * 104729 + month * 31) % 40000)))
            .Take(count).ToList();
    }

    /// <summary>The (kpi, division, month) of every figure and every audit row in a database.</summary>
    public static async Task<(HashSet<(string, string, int)> Figures, HashSet<(string, string, int)> Audit, Dictionary<(string, string, int), double> Values)>
        ReadAsync(PortalFactory portal)
    {
        await using var scope = portal.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var figures = await db.Figures.AsNoTracking().Where(f => f.Year == 2013).Select(f => new { f.Kpi, f.Division, f.Month, f.Value }).ToListAsync();
        var audit = await db.Audit.AsNoTracking().Where(a => a.Year == 2013).Select(a => new { a.Kpi, a.Division, a.Month }).ToListAsync();
        return (figures.Select(f => (f.Kpi, f.Division, f.Month)).ToHashSet(), audit.Select(a => (a.Kpi, a.Division, a.Month)).ToHashSet(),
            figures.ToDictionary(f => (f.Kpi, f.Division, f.Month), f => f.Value));
    }
}
