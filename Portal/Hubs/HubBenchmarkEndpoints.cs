using Microsoft.AspNetCore.SignalR;
using Portal.Api;
using Portal.Figures;
using Portal.Live;

namespace Portal.Hubs;

/// <summary>
/// Endpoints for the hub load scenario (Portal.LoadTest), mapped only with Portal:Benchmarks=true: a save through
/// the real write path (as the admin calling, who is recorded), and a bare broadcast of a dashboard of the same size that skips database, store and throttle.
/// </summary>
public static class HubBenchmarkEndpoints
{
    public sealed record BenchValue(double Value);

    public sealed record BenchBroadcast(string Kpi, double Actual);

    public static void MapLiveBenchmarks(this IEndpointRouteBuilder app)
    {
        var bench = Benchmarking.BenchmarkAccess.Require(app.MapGroup("/bench/plans/{year:int}"), app.ServiceProvider);
        bench.MapPut("/figures/{kpi}/{division}/{month:int}", SaveAsync);
        bench.MapPost("/broadcast", BroadcastAsync);
    }

    private static async Task<IResult> SaveAsync(int year, string kpi, string division, int month, BenchValue body, PlanStore store, FigureService figures, HttpContext http, CancellationToken ct)
    {
        if (store.Find(year) is not { } plan) return Results.NotFound();
        var outcome = await figures.SaveAsync(plan, [new FigureWrite(kpi, division, month, body.Value, null, null)], http.User, ct);
        return outcome.Ok ? Results.NoContent() : Results.BadRequest(outcome.Errors);
    }

    /// <summary>Sends the current dashboard with one KPI's actual replaced, so clients can tell which broadcast arrived.</summary>
    private static async Task<IResult> BroadcastAsync(int year, BenchBroadcast body, PlanStore store, IHubContext<DashboardHub, IDashboardClient> hub)
    {
        if (store.Find(year) is not { } plan) return Results.NotFound();
        var dashboard = DashboardDto.From(plan.Current);
        dashboard = dashboard with { Kpis = dashboard.Kpis.Select(k => k.Code == body.Kpi ? k with { Actual = body.Actual } : k).ToList() };
        await hub.Clients.Group(DashboardHub.GroupOf(store.Library, year)).DashboardChanged(dashboard);
        return Results.NoContent();
    }
}
