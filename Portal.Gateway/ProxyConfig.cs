using Yarp.ReverseProxy.Configuration;

namespace Portal.Gateway;

/// <summary>
/// One route (everything) to one cluster of portal instances: cookie affinity that moves a browser to another
/// instance when its own is down (Redistribute), active health checks on /healthz and passive ones on proxied
/// requests. WebSockets (Blazor circuits, /hubs/…) are proxied by YARP as they are.
/// </summary>
public static class ProxyConfig
{
    public const string ClusterId = "portal";
    public const string HealthPath = "/healthz";

    public static RouteConfig[] Routes() =>
    [
        new RouteConfig
        {
            RouteId = "portal", ClusterId = ClusterId, Match = new RouteMatch { Path = "{**path}" },
            // The instance sees the address the browser used: its redirects (after login, to the login page) and
            // absolute links must point at the gateway, not at the instance behind it.
            Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
        },
    ];

    public static ClusterConfig[] Clusters(GatewayOptions options) =>
    [
        new ClusterConfig
        {
            ClusterId = ClusterId,
            LoadBalancingPolicy = options.LoadBalancing,
            Destinations = options.Instances.ToDictionary(i => i.Key, i => new DestinationConfig { Address = i.Value }),
            SessionAffinity = new SessionAffinityConfig
            {
                Enabled = true,
                Policy = "Cookie",
                FailurePolicy = "Redistribute",
                AffinityKeyName = options.AffinityCookie,
                Cookie = new SessionAffinityCookieConfig
                {
                    HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, SecurePolicy = CookieSecurePolicy.SameAsRequest,
                },
            },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true, Interval = options.HealthInterval, Timeout = options.HealthTimeout,
                    Policy = "ConsecutiveFailures", Path = HealthPath,
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true, Policy = "TransportFailureRate", ReactivationPeriod = options.ReactivationPeriod,
                },
            },
            Metadata = new Dictionary<string, string> { ["ConsecutiveFailuresHealthPolicy.Threshold"] = $"{options.HealthFailures}" },
        },
    ];

    /// <summary>Null when the options can be used; otherwise what is wrong, in Chinese, for the console.</summary>
    public static string? Problem(GatewayOptions options)
    {
        if (options.Instances.Count == 0) return "未配置任何门户实例：请用 --Gateway:Instances:名称 地址 指定至少一个（见 --help）。";
        foreach (var (name, address) in options.Instances)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return $"实例 {name} 的地址“{address}”不是 http(s) 地址。";
        }
        if (options.HealthInterval <= TimeSpan.Zero || options.HealthTimeout <= TimeSpan.Zero) return "健康检查的间隔和超时必须大于 0。";
        if (options.HealthFailures < 1) return "HealthFailures 至少为 1。";
        return null;
    }
}
