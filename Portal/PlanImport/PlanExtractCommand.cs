using Portal.Domain;
using Portal.Domain.PlanImport;

namespace Portal.PlanImport;

/// <summary>
/// `plan extract FILE [-o OUT.json]`: prints the extracted plan as JSON to stdout (or writes it to OUT.json, as
/// `dotnet run` itself may print "Building..." to stdout), without the web server or the database.
/// </summary>
public static class PlanExtractCommand
{
    /// <summary>The exit code when <paramref name="args"/> are `plan extract …`, or null for any other command line.</summary>
    public static int? TryRun(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[0] != "plan" || args[1] != "extract") return null;
        var outFile = args.Length == 5 && args[3] is "-o" or "--out" ? args[4] : null;
        if (args.Length != 3 && outFile is null)
        {
            error.WriteLine(ImportMessages.Text["Cli.Usage"]);
            return 2;
        }
        var path = Resolve(args[2]);
        if (!File.Exists(path))
        {
            error.WriteLine(ImportMessages.Text.Format("Cli.NoFile", path));
            return 1;
        }
        try
        {
            using var file = File.OpenRead(path);
            var plan = PlanDocuments.Extract(path, file);
            var json = ExtractedPlanJson.Serialize(plan);
            if (outFile is null) output.WriteLine(json);
            else File.WriteAllText(Resolve(outFile), json + "\n");
            return 0;
        }
        catch (DomainException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ImportMessages.Text.Format("Cli.IoError", e.Message));
            return 1;
        }
    }

    /// <summary>
    /// A relative path from where the user typed the command: `dotnet run --project Portal` runs in Portal/, but
    /// the shell's directory stays in PWD.
    /// </summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return path;
        var shell = Environment.GetEnvironmentVariable("PWD");
        return string.IsNullOrEmpty(shell) ? path : Path.Combine(shell, path);
    }
}
