namespace Portal.Gateway;

/// <summary>Settings under "Gateway" (appsettings.json, environment, or --Gateway:… on the command line).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>The portal instances by name, e.g. "A": "http://10.0.0.11:5249". At least one.</summary>
    public Dictionary<string, string> Instances { get; set; } = [];

    /// <summary>How often each instance's /healthz is asked.</summary>
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one health request may take before it counts as a failure.</summary>
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Failed health requests in a row that take an instance out of rotation.</summary>
    public int HealthFailures { get; set; } = 2;

    /// <summary>How long an instance stays out after failed proxied requests (passive check) before it is tried again.</summary>
    public TimeSpan ReactivationPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How a new session picks an instance: RoundRobin, PowerOfTwoChoices, LeastRequests, Random.</summary>
    public string LoadBalancing { get; set; } = "RoundRobin";

    /// <summary>The cookie that ties a browser to its instance (its Blazor circuit and SignalR connections live there).</summary>
    public string AffinityCookie { get; set; } = ".WorkPlanPortal.Instance";
}
