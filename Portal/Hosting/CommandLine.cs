using Portal.Accounts.Commands;
using Portal.Backups;
using Portal.Configuration;

namespace Portal.Hosting;

/// <summary>The portal's own switches; everything else goes to ASP.NET Core configuration as usual.</summary>
public static class CommandLine
{
    /// <summary>The --help text, in the language of the terminal (HostingMessages.resx).</summary>
    public static string HelpText => HostingMessages.Text["Help"];

    /// <summary>The commands, by their two words: each may follow configuration options (see <see cref="VerbFirst"/>), as may the one-word <see cref="BackupCommand.Verbs"/>.</summary>
    private static readonly (string Verb, string Action)[] Commands =
        [("user", "add"), ("token", "create"), ("kiosk", "create"), ("plan", "extract"), ("plan", "import")];

    /// <summary>
    /// Turns --demo into configuration, puts a command's words first (the command parsers read them there), and
    /// reports whether --help was asked for.
    /// </summary>
    public static (string[] Args, bool Help) Parse(string[] args)
    {
        var help = args.Any(a => a is "--help" or "-h" or "-?");
        var rest = VerbFirst(args).Where(a => a is not ("--demo" or "--demo-province")).ToList();
        if (args.Contains("--demo") || args.Contains("--demo-province")) rest.Add($"--{PortalOptions.Section}:Demo=true");
        if (args.Contains("--demo-province")) rest.Add($"--{PortalOptions.Section}:DemoProvince=true");
        return (rest.ToArray(), help);
    }

    /// <summary>
    /// <c>--Database:Provider postgres user add …</c> means <c>user add … --Database:Provider postgres</c>: the options
    /// before a command's two words move behind them. A word that is the value of an option (<c>--urls user</c>) is
    /// not a command.
    /// </summary>
    public static string[] VerbFirst(string[] args)
    {
        if (args.Length > 0 && (Commands.Any(c => c.Verb == args[0]) || BackupCommand.Verbs.Contains(args[0]))) return args; // already first: its own words stay
        for (var i = 1; i < args.Length; i++)
        {
            var isValue = args[i - 1].StartsWith("--", StringComparison.Ordinal) && !args[i - 1].Contains('=') && args[i - 1] is not ("--demo" or "--demo-province");
            if (isValue) continue;
            if (i + 1 < args.Length && Commands.Contains((args[i], args[i + 1]))) return [.. args[i..], .. args[..i]];
            if (BackupCommand.Verbs.Contains(args[i])) return [.. args[i..], .. args[..i]];
        }
        return args;
    }

    /// <summary>Splits off an account command (user add, token create, kiosk create); the rest configures the host.</summary>
    public static (string[] Args, AccountCommand? Command, string? Error) ParseCommand(string[] args) => AccountCommand.Parse(args);
}
