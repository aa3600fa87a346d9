using System.Collections.Concurrent;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Benchmarking;

/// <summary>
/// The benchmark-only endpoints (mapped with Portal:Benchmarks=true) need an admin as they are now, and record who
/// called them: one audit event per caller and route on each instance, and a log line per call, so that a load run
/// does not double the writes it measures.
/// </summary>
public sealed class BenchmarkAccess(ILogger<BenchmarkAccess> log) : IEndpointFilter
{
    private readonly ConcurrentDictionary<(string Caller, string Route), bool> _recorded = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var user = await http.RequestServices.GetRequiredService<ActingUsers>().NowAsync(http.User, http.RequestAborted);
        if (Refusals.NotAdmin(user, BenchmarkText.Text["What"]) is { } refusal)
            return RefusalResults.Problem(user.IsSignedIn() ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized, refusal);
        var (caller, route) = (Writer.NameOf(user), (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "");
        log.LogDebug("Benchmark endpoint {Method} {Route} called by {Caller}", http.Request.Method, route, caller);
        if (_recorded.TryAdd((caller, route), true))
        {
            log.LogInformation("Benchmark endpoint {Route} first used by {Caller}", route, caller);
            var db = http.RequestServices.GetRequiredService<PortalDbContext>();
            db.AuditEvents.Add(new AuditEvent
            {
                Kind = AuditEventKind.BenchmarkUsed, By = caller, At = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
                Subject = route, Detail = $"{http.Request.Method} {http.Request.Path}",
            });
            await db.SaveChangesAsync(http.RequestAborted);
        }
        return await next(context);
    }

    /// <summary>Puts every endpoint of <paramref name="group"/> behind this check.</summary>
    public static RouteGroupBuilder Require(RouteGroupBuilder group, IServiceProvider services)
    {
        group.AddEndpointFilter(ActivatorUtilities.CreateInstance<BenchmarkAccess>(services));
        return group;
    }
}
