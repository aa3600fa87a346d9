namespace Portal.Backups;

/// <summary>
/// <c>backup [FILE]</c>, <c>restore FILE</c>, <c>export [FILE.zip]</c>, <c>import FILE.zip</c>: run against the
/// configured database without starting the web server (ADR 029). Other options are left for the host.
/// </summary>
public sealed record BackupCommand(string Verb, string? File)
{
    public static readonly string[] Verbs = ["backup", "restore", "export", "import"];

    public static (string[] Args, BackupCommand? Command, string? Error) Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0])) return (args, null, null);
        var file = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        if (file is null && args[0] is "restore" or "import")
            return (args, null, BackupMessages.Text.Format("Cli.Usage", args[0], BackupMessages.Text[args[0] == "restore" ? "Cli.BackupFile" : "Cli.ExportFile"]));
        return (args[(file is null ? 1 : 2)..], new BackupCommand(args[0], file), null);
    }
}
