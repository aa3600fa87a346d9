using Portal.Benchmarking;
using Portal.Live;

namespace Portal.Hosting;

/// <summary>
/// Diagnostics for the load tool (Portal.LoadTest), mapped only when configuration says Portal:Benchmarks=true:
/// a normal portal has no such endpoint. Only an admin may call them, and each caller is recorded (<see cref="BenchmarkAccess"/>).
/// </summary>
public static class BenchmarkEndpoints
{
    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Portal:Benchmarks")) return app;
        // The managed heap after full, compacting collections, so that two readings differ only by what is alive.
        var group = BenchmarkAccess.Require(app.MapGroup("/_benchmarks"), app.Services);
        group.MapGet("/memory", (PlanFeed feed) =>
        {
            for (var i = 0; i < 3; i++)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }
            return Results.Json(new MemoryReading(GC.GetTotalMemory(forceFullCollection: false), feed.SubscriberCount));
        });
        return app;
    }

    public sealed record MemoryReading(long ManagedBytes, int FeedSubscribers);
}
