namespace Portal.Configuration;

/// <summary>Settings under "Portal" in configuration.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Adds the demo plans and deterministic demo figures (all of 2013, Jan–Mar 2014) to years that have none. Set by --demo.</summary>
    public bool Demo { get; set; }

    /// <summary>--demo-province: the demo, and two city and four county libraries with their own plans, figures and accounts (ADR 039).</summary>
    public bool DemoProvince { get; set; }

    /// <summary>Plan files loaded into an empty database, relative to the app's base directory.</summary>
    public string[] SeedPlans { get; set; } = ["seeds/plan-2013.json"];

    /// <summary>Plan files the demo adds, each only when its year is not in the database yet.</summary>
    public string[] DemoPlans { get; set; } = ["seeds/plan-2014.json"];

    /// <summary>This instance's name behind a load balancer, sent as X-Portal-Instance and by /healthz (ADR 018). Empty: the machine name.</summary>
    public string InstanceName { get; set; } = "";

    /// <summary>The name this instance goes by: <see cref="InstanceName"/>, or the machine name when it is empty.</summary>
    public string InstanceNameOrMachine() =>
        string.IsNullOrWhiteSpace(InstanceName) ? Environment.MachineName : InstanceName.Trim();

    /// <summary>Maps the load tool's benchmark-only endpoints (/bench/…). Never set in production.</summary>
    public bool Benchmarks { get; set; }

    /// <summary>SQLite's synchronous setting for every connection: NORMAL (see ADR 003) or FULL for an fsync per commit.</summary>
    public string SqliteSynchronous { get; set; } = "NORMAL";

    /// <summary>Seconds between background WAL checkpoints (ADR 009).</summary>
    public int SqliteCheckpointSeconds { get; set; } = 1;
}
