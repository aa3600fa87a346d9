using Portal.Accounts.Acting;
using Portal.Accounts.Commands;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>
/// <c>library add CODE --name NAME --level city|county --parent CODE --admin USER</c>, <c>library list</c>,
/// <c>library retire CODE</c>, <c>library remove CODE</c>: run against the configured database, not the web server.
/// Options it does not know (--ConnectionStrings:Portal …) are left for the host.
/// </summary>
public sealed record LibraryCommand(string Verb, string? Code, IReadOnlyDictionary<string, string> Options)
{
    private static readonly string[] Verbs = ["add", "list", "retire", "remove"];
    private static readonly string[] Own = ["--name", "--level", "--parent", "--admin"];

    public static (string[] Args, LibraryCommand? Command, string? Error) Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "library") return (args, null, null);
        if (args.Length < 2 || !Verbs.Contains(args[1])) return (args, null, LibraryMessages.Text["Cli.Usage"]);
        var needsCode = args[1] != "list";
        if (needsCode && (args.Length < 3 || args[2].StartsWith("--", StringComparison.Ordinal))) return (args, null, LibraryMessages.Text["Cli.Usage"]);
        var options = new Dictionary<string, string>();
        var rest = new List<string>();
        for (var i = needsCode ? 3 : 2; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
            if (Own.Contains(args[i]))
            {
                if (value is null) return (args, null, LibraryMessages.Text["Cli.Usage"]);
                options[args[i]] = value;
                i++;
            }
            else
            {
                rest.Add(args[i]);
                if (value is not null && !args[i].Contains('=')) rest.Add(args[++i]);
            }
        }
        if (args[1] == "add" && Own.Any(o => !options.ContainsKey(o))) return (args, null, LibraryMessages.Text["Cli.Usage"]);
        if (args[1] == "add" && Level(options["--level"]) is null) return (args, null, LibraryMessages.Text.Format("Cli.BadLevel", options["--level"]));
        return (rest.ToArray(), new LibraryCommand(args[1], needsCode ? args[2] : null, options), null);
    }

    public static LibraryLevel? Level(string text) => text.Trim().ToLowerInvariant() switch
    {
        "city" => LibraryLevel.City,
        "county" => LibraryLevel.County,
        _ => null,
    };

    /// <param name="initialize">Start-up's migrations and loading, from the composition root.</param>
    public async Task<int> RunAsync(WebApplication app, Func<Task> initialize, TextWriter output, TextWriter error)
    {
        await initialize();
        await using var scope = app.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<LibraryAdmin>();
        var actor = SystemActor.Named(AccountCommands.By);
        switch (Verb)
        {
            case "list":
                var all = await scope.ServiceProvider.GetRequiredService<LibraryTree>().ReloadAsync();
                output.WriteLine(LibraryMessages.Text["Cli.ListHeader"]);
                foreach (var l in all)
                    output.WriteLine(string.Join('\t', l.Code, l.Name, LibraryAdmin.LevelName(l.Level), all.FirstOrDefault(p => p.Id == l.ParentId)?.Code ?? "-",
                        LibraryMessages.Text[l.RetiredAt is null ? "Cli.Active" : "Cli.RetiredState"]));
                return 0;
            case "add":
                var added = await admin.AddAsync(Code!, Options["--name"], Level(Options["--level"])!.Value, Options["--parent"], Options["--admin"], actor);
                if (!added.Succeeded)
                {
                    foreach (var e in added.Errors) error.WriteLine(e);
                    return 1;
                }
                var library = added.Library!;
                output.WriteLine(LibraryMessages.Text.Format("Cli.Added", library.Code, library.Name, LibraryAdmin.LevelName(library.Level), Options["--parent"]));
                output.WriteLine(LibraryMessages.Text.Format("Cli.AdminCreated", Options["--admin"], added.OneTimePassword));
                return 0;
            default:
                var refused = Verb == "retire" ? await admin.RetireAsync(Code!, actor) : await admin.RemoveAsync(Code!, actor);
                if (refused is not null)
                {
                    error.WriteLine(refused);
                    return 1;
                }
                output.WriteLine(LibraryMessages.Text.Format(Verb == "retire" ? "Cli.Retired" : "Cli.Removed", Code));
                return 0;
        }
    }
}
