using System.Net.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Portal.Gateway;

/// <summary>
/// Losing an instance costs no request (issue 23 item 7, ADR 038). The first step of the proxy pipeline: when the
/// forward failed before any byte of an answer (the instance refused the connection or cut it), a request that can be
/// sent twice without doing anything twice (GET, HEAD, OPTIONS without a body, no WebSocket) goes once to each other
/// instance in rotation, through affinity, load balancing and the passive check again, so a browser whose instance
/// died is moved and gets the new cookie. A refused connection also takes the instance out of rotation at once.
/// </summary>
public static class RetryOnDeadInstance
{
    public static IReverseProxyApplicationBuilder UseRetryOnDeadInstance(this IReverseProxyApplicationBuilder pipeline)
    {
        var health = pipeline.ApplicationServices.GetRequiredService<IDestinationHealthUpdater>();
        pipeline.Use(async (context, next) =>
        {
            var proxy = context.GetReverseProxyFeature();
            var replayable = IsReplayable(context);
            // Affinity leaves a marker in Items that stops it from setting a cookie; each attempt starts without it.
            var itemsBefore = context.Items.Keys.ToHashSet();
            var tried = new HashSet<DestinationState>();
            while (true)
            {
                await next(context);
                if (context.Features.Get<IForwarderErrorFeature>() is not { } failure || proxy.ProxiedDestination is not { } failed) return;
                var cluster = proxy.Route.Cluster!;
                if (IsRefused(failure.Exception))
                    health.SetPassive(cluster, failed, DestinationHealth.Unhealthy, ReactivationPeriod(proxy));
                if (!replayable || failure.Error != ForwarderError.Request || context.Response.HasStarted) return;

                tried.Add(failed);
                var others = cluster.DestinationsState.AvailableDestinations.Where(d => !tried.Contains(d)).ToList();
                if (others.Count == 0) return;
                context.Response.Clear();
                context.Features.Set<IForwarderErrorFeature>(null);
                foreach (var key in context.Items.Keys.Where(k => !itemsBefore.Contains(k)).ToList()) context.Items.Remove(key);
                proxy.ProxiedDestination = null;
                proxy.AvailableDestinations = others;
            }
        });
        return pipeline;
    }

    /// <summary>
    /// Only methods that are safe to repeat by definition, and only without a body: the body was streamed to the
    /// dead instance and is gone. PUT and DELETE are idempotent in HTTP but carry the portal's writes (a body, an
    /// audit row); a WebSocket belongs to a circuit that only the dead instance had.
    /// </summary>
    private static bool IsReplayable(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true
        && context.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest != true
        && !context.WebSockets.IsWebSocketRequest;

    /// <summary>
    /// Nothing listens there: the instance is down, not slow. A connection cut mid-request is retried but does not
    /// mark the instance (a live one closes connections too); the next request's refused connection will.
    /// </summary>
    private static bool IsRefused(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }) return true;
        }
        return false;
    }

    private static TimeSpan ReactivationPeriod(IReverseProxyFeature proxy) =>
        proxy.Cluster.Config.HealthCheck?.Passive?.ReactivationPeriod ?? TimeSpan.FromSeconds(10);
}
