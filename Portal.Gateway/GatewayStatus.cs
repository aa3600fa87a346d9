using Yarp.ReverseProxy;

namespace Portal.Gateway;

/// <summary>
/// /gateway/status: each instance and whether the gateway currently sends it traffic, for operators and for the
/// tests that wait for an instance to be taken out of rotation or back in. Answered by the gateway itself.
/// </summary>
public static class GatewayStatus
{
    public const string Route = "/gateway/status";

    public static IEndpointRouteBuilder MapGatewayStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (IProxyStateLookup state, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            if (!state.TryGetCluster(ProxyConfig.ClusterId, out var cluster)) return Results.NotFound();
            var available = cluster.DestinationsState?.AvailableDestinations.Select(d => d.DestinationId).ToHashSet() ?? [];
            return Results.Json(cluster.Destinations.Values.OrderBy(d => d.DestinationId, StringComparer.Ordinal).Select(d => new InstanceStatus(
                d.DestinationId, d.Model.Config.Address, $"{d.Health.Active}", $"{d.Health.Passive}", available.Contains(d.DestinationId))));
        });
        return app;
    }

    public sealed record InstanceStatus(string Name, string Address, string Active, string Passive, bool Available);
}
