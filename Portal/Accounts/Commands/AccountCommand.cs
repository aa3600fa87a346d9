namespace Portal.Accounts.Commands;

/// <summary>
/// An operations command run against the configured database instead of the web server:
/// <c>user add NAME --role R [--division D]… [--display-name 姓名] [--email 地址]</c>, <c>token create USER [--label L]</c>,
/// <c>kiosk create LABEL</c>. Options it does not know (--urls, --ConnectionStrings:Portal …) are left for the host.
/// </summary>
public sealed record AccountCommand(string Verb, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Divisions,
    string? Label, string? DisplayName, string? Email = null)
{
    private static readonly Dictionary<string, string> Verbs = new() { ["user"] = "add", ["token"] = "create", ["kiosk"] = "create" };
    private static readonly string[] Own = ["--role", "--division", "--label", "--display-name", "--email"];

    public static (string[] Args, AccountCommand? Command, string? Error) Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var action)) return (args, null, null);
        if (args.Length < 3 || args[1] != action || args[2].StartsWith("--", StringComparison.Ordinal))
            return (args, null, AccountMessages.Text.Format("Cli.Usage", args[0], action, args[0] == "kiosk" ? "LABEL" : "NAME"));
        var options = new Dictionary<string, List<string>>();
        var rest = new List<string>();
        for (var i = 3; i < args.Length; i++)
        {
            var key = args[i];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
            if (Own.Contains(key))
            {
                if (value is null) return (args, null, AccountMessages.Text.Format("Cli.NeedsValue", key));
                (options.TryGetValue(key, out var list) ? list : options[key] = []).Add(value);
                i++;
            }
            else
            {
                rest.Add(key);
                if (value is not null && !key.Contains('=')) rest.Add(args[++i]);
            }
        }
        var roles = options.GetValueOrDefault("--role") ?? [];
        if (args[0] == "user" && roles.Count == 0) return (args, null, AccountMessages.Text["Cli.NeedsRole"]);
        return (rest.ToArray(), new AccountCommand(args[0], args[2], roles, options.GetValueOrDefault("--division") ?? [],
            options.GetValueOrDefault("--label")?.Last(), options.GetValueOrDefault("--display-name")?.Last(),
            options.GetValueOrDefault("--email")?.Last()), null);
    }
}
