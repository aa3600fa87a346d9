namespace Portal.Backups;

/// <summary>Settings under "Portal:Backup": the daily backup (ADR 029). Without a directory no scheduled backup runs.</summary>
public sealed class BackupOptions
{
    public const string Section = "Portal:Backup";

    /// <summary>Where the daily backups go; empty: no scheduled backup.</summary>
    public string Directory { get; set; } = "";

    /// <summary>When, on the library's clock (China time), the day's backup is due.</summary>
    public TimeOnly TimeOfDay { get; set; } = new(2, 0);

    /// <summary>How many daily backups to keep in the directory; older ones are deleted.</summary>
    public int Keep { get; set; } = 14;

    /// <summary>How often each instance looks whether the day's backup is due.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>PostgreSQL's pg_dump and pg_restore: a name found on the PATH, or a full path.</summary>
    public string PgDump { get; set; } = "pg_dump";
    public string PgRestore { get; set; } = "pg_restore";
}
