namespace Portal.Hosting;

/// <summary>The portal's own switches; everything else goes to ASP.NET Core configuration as usual.</summary>
public static class CommandLine
{
    public const string HelpText = """
        WorkPlanPortal：浙江图书馆年度工作要点跟踪门户

        用法：dotnet run --project Portal [-- 选项]

        选项：
          --demo                 向空数据库加入 2013 年 1–10 月的演示数据（可重复运行，已有数据时不再加入）
          --urls URL             监听地址，例如 http://0.0.0.0:5000（默认 http://localhost:5249）
          --ConnectionStrings:Portal "Data Source=路径"
                                 SQLite 数据库文件（默认 Portal/portal.db）
          --help                 显示本帮助

        Usage: dotnet run --project Portal [-- --demo] [--urls URL] [--ConnectionStrings:Portal "Data Source=FILE"]
        """;

    /// <summary>Turns --demo into configuration and reports whether --help was asked for.</summary>
    public static (string[] Args, bool Help) Parse(string[] args)
    {
        var help = args.Any(a => a is "--help" or "-h" or "-?");
        var rest = args.Where(a => a != "--demo").ToList();
        if (args.Contains("--demo")) rest.Add($"--{PortalOptions.Section}:Demo=true");
        return (rest.ToArray(), help);
    }
}
