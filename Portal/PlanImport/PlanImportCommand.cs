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
            return (args, null, "用法：plan import 计划文件.json [--replace --reason 原因]（见 --help）");
        var rest = new List<string>();
        var (replace, reason) = (false, (string?)null);
        for (var i = 3; i < args.Length; i++)
        {
            if (args[i] == "--replace") replace = true;
            else if (args[i] == "--reason")
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) return (args, null, "--reason 需要一个值：替换计划的原因。");
                reason = args[++i];
            }
            else rest.Add(args[i]);
        }
        if (replace && string.IsNullOrWhiteSpace(reason))
            return (args, null, "替换已有年度的计划时必须用 --reason 说明原因，例如 --reason \"年中调整目标\"。");
        return (rest.ToArray(), new PlanImportCommand(args[2], replace, reason), null);
    }
}
