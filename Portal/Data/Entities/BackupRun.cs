namespace Portal.Data.Entities;

/// <summary>
/// One backup: a scheduled one claims its China calendar <see cref="Day"/> (unique) before it starts, so that of
/// several instances exactly one writes the day's backup (ADR 029, the claim of ADR 016); one from the `backup`
/// command has no day. Finished with its size, or with the error that stopped it.
/// </summary>
public sealed class BackupRun
{
    public long Id { get; set; }

    /// <summary>yyyy-MM-dd on the library's clock for a scheduled backup; null for one from the command line.</summary>
    public string? Day { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public required string File { get; set; }
    public long? Size { get; set; }
    public string? Error { get; set; }
    public required string Instance { get; set; }
}
