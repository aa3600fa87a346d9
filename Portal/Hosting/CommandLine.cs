using Portal.Accounts.Commands;

namespace Portal.Hosting;

/// <summary>The portal's own switches; everything else goes to ASP.NET Core configuration as usual.</summary>
public static class CommandLine
{
    public const string HelpText = """
        WorkPlanPortal：浙江图书馆年度工作要点跟踪门户

        用法：dotnet run --project Portal [-- 选项]

        选项：
          --demo                 向空数据库加入 2013 年 1–10 月的演示数据（可重复运行，已有数据时不再加入）
                                 并为每个角色建一个演示账号（staff、lead、director、viewer、admin，密码见 README）
          --urls URL             监听地址，例如 http://0.0.0.0:5000（默认 http://localhost:5249）
          --ConnectionStrings:Portal "Data Source=路径"
                                 SQLite 数据库文件（默认 Portal/portal.db）
          --Database:Provider postgres --ConnectionStrings:Portal "Host=主机;Database=库;Username=用户;Password=密码"
                                 改用 PostgreSQL（默认 sqlite）；启动时自动建表和迁移，见 README 的 PostgreSQL 一节
          --help                 显示本帮助

        账号命令（直接操作所配置的数据库，不启动网站；密码和令牌只显示一次）：
          user add 用户名 --role 角色 [--division 部门代码]… [--display-name 姓名]
                                 新建账号并打印一次性密码（首次登录须修改）；
                                 角色：Staff、TeamLead、Director、Viewer、Admin；--division 可重复
          token create 用户名 [--label 说明]
                                 为该用户创建 API 令牌（Authorization: Bearer 令牌），权限与该用户相同
          kiosk create 名称      创建只读大屏令牌，打印大屏地址 /wall?token=…（地址取 --urls 的第一个）

        工作要点文件（不启动网站）：
          plan extract 文件 [-o 输出.json]
                                 从工作要点文档（.docx、.pdf 或 .txt）抽取章节、条目和数字目标，
                                 以 JSON 输出到标准输出（或 -o 指定的文件）；文件无法读取时退出码非 0

        Usage: dotnet run --project Portal [-- --demo] [--urls URL] [--ConnectionStrings:Portal "Data Source=FILE"]
               dotnet run --project Portal -- --Database:Provider postgres --ConnectionStrings:Portal "Host=…;Database=portal;Username=…"
               dotnet run --project Portal -- user add NAME --role Staff --division reader-services
               dotnet run --project Portal -- token create NAME
               dotnet run --project Portal -- kiosk create LABEL [--urls http://wall-host:5249]
               dotnet run --project Portal -- plan extract FILE.docx|.pdf|.txt [-o OUT.json]
        """;

    /// <summary>Turns --demo into configuration and reports whether --help was asked for.</summary>
    public static (string[] Args, bool Help) Parse(string[] args)
    {
        var help = args.Any(a => a is "--help" or "-h" or "-?");
        var rest = args.Where(a => a != "--demo").ToList();
        if (args.Contains("--demo")) rest.Add($"--{PortalOptions.Section}:Demo=true");
        return (rest.ToArray(), help);
    }

    /// <summary>Splits off an account command (user add, token create, kiosk create); the rest configures the host.</summary>
    public static (string[] Args, AccountCommand? Command, string? Error) ParseCommand(string[] args) => AccountCommand.Parse(args);
}
