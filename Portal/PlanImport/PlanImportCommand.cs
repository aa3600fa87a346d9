using Portal.Plans;

namespace Portal.PlanImport;

/// <summary>
/// <c>plan import FILE.json [--replace --reason 原因]</c>: loads a plan file into the configured database without
/// starting the web server. Without --replace a year that exists is refused; with it, the year's definition is
/// replaced as an audited plan edit that keeps every figure (ADR 014). Other options are left for the host.
/// </summary>
public sealed record PlanImportCommand(string File, bool Replace, string? Reason)
{
    public static (string[] Args, PlanImportCommand? Command, string? Error) Parse(string[] args)
    {
        if (args.Length < 2 || args[0] != "plan" || args[1] != "import") return (args, null, null);
        if (args.Length < 3 || args[2].StartsWith("--", StringComparison.Ordinal))
            return (args, null, PlanMessages.Text["Cli.Usage"]);
        var rest = new List<string>();
        var (replace, reason) = (false, (string?)null);
        for (var i = 3; i < args.Length; i++)
        {
            if (args[i] == "--replace") replace = true;
            else if (args[i] == "--reason")
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) return (args, null, PlanMessages.Text["Cli.ReasonValue"]);
                reason = args[++i];
            }
            else rest.Add(args[i]);
        }
        if (replace && string.IsNullOrWhiteSpace(reason))
            return (args, null, PlanMessages.Text["Cli.ReasonNeeded"]);
        return (rest.ToArray(), new PlanImportCommand(args[2], replace, reason), null);
    }
}
