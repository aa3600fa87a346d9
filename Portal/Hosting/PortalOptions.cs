namespace Portal.Hosting;

/// <summary>Settings under "Portal" in configuration.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Adds deterministic demo figures (Jan–Oct 2013) to a database that has none. Set by --demo.</summary>
    public bool Demo { get; set; }

    /// <summary>Plan files loaded into an empty database, relative to the app's base directory.</summary>
    public string[] SeedPlans { get; set; } = ["seeds/plan-2013.json"];

    /// <summary>Maps the load tool's benchmark-only endpoints (/bench/…). Never set in production.</summary>
    public bool Benchmarks { get; set; }

    /// <summary>SQLite's synchronous setting for every connection: NORMAL (see ADR 003) or FULL for an fsync per commit.</summary>
    public string SqliteSynchronous { get; set; } = "NORMAL";

    /// <summary>Seconds between background WAL checkpoints (ADR 009).</summary>
    public int SqliteCheckpointSeconds { get; set; } = 1;
}
