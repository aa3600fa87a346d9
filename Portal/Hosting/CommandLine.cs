using Portal.Accounts.Commands;
using Portal.Backups;
using Portal.Configuration;

namespace Portal.Hosting;

/// <summary>The portal's own switches; everything else goes to ASP.NET Core configuration as usual.</summary>
public static class CommandLine
{
    public const string HelpText = """
        WorkPlanPortal：浙江图书馆年度工作要点跟踪门户

        用法：dotnet run --project Portal [-- 选项]

        选项：
          --demo                 加入 2014 年演示计划，并向没有数据的年度加入演示数据（2013 年全年、2014 年 1–3 月；
                                 可重复运行，已有数据的年度不再加入），为每个角色建一个演示账号（staff、lead、
                                 director、viewer、admin）；启动后打印要在浏览器中打开的地址和这些账号的密码
          --urls URL             监听地址，例如 http://0.0.0.0:5000（默认 http://localhost:5249）
          --ConnectionStrings:Portal "Data Source=路径"
                                 SQLite 数据库文件（默认 Portal/portal.db）
          --Database:Provider postgres --ConnectionStrings:Portal "Host=主机;Database=库;Username=用户;Password=密码"
                                 改用 PostgreSQL（默认 sqlite）；启动时自动建表和迁移，见 README 的 PostgreSQL 一节
          --Portal:InstanceName 名称
                                 多实例部署时本实例的名称（默认机器名），见响应头 X-Portal-Instance 和 /healthz
          --Portal:Wall:FrameAncestors:0 https://主机
                                 允许在框架（iframe）中嵌入大屏 /wall 的网站；默认任何网站都不能嵌入门户页面
          --Portal:Mail:Host 主机 --Portal:Mail:Port 端口
                                 发送填报提醒邮件的 SMTP 服务器（未设置则不发邮件；发件人、TLS 等见 README）
          --Portal:Reporting:PublicUrl URL
                                 提醒邮件和群机器人消息中的门户地址（默认 http://localhost:5249）
          --help                 显示本帮助

        账号命令（直接操作所配置的数据库，不启动网站；密码和令牌只显示一次；--ConnectionStrings:Portal 等配置选项
        写在命令之前或之后均可）：
          user add 用户名 --role 角色 [--division 部门代码]… [--display-name 姓名] [--email 邮箱]
                                 新建账号并打印一次性密码（首次登录须修改）；
                                 角色：Staff、TeamLead、Director、Viewer、Admin；--division 可重复；
                                 --email 为接收填报提醒的邮箱
          token create 用户名 [--label 说明]
                                 为该用户创建 API 令牌（Authorization: Bearer 令牌），权限与该用户相同
          kiosk create 名称      创建只读大屏令牌，打印大屏地址 /wall?token=…（地址取 --urls 的第一个）

        工作要点文件（不启动网站）：
          plan extract 文件 [-o 输出.json]
                                 从工作要点文档（.docx、.pdf 或 .txt）抽取章节、条目和数字目标，
                                 以 JSON 输出到标准输出（或 -o 指定的文件）；文件无法读取时退出码非 0
          plan import 文件.json [--replace --reason 原因]
                                 把计划文件导入所配置的数据库（格式同 seeds/plan-2013.json，可由
                                 GET /api/plans/{年度}/plan.json 导出）；逐项校验并指出出错的字段；已有的年度
                                 会被拒绝，除非加 --replace 并用 --reason 说明原因：替换会记入修改记录，
                                 已填报的数据保持不变

        备份、恢复和导出（不启动网站，门户运行时也可备份；见 README 的“备份”一节）：
          backup [文件]          把所配置的数据库备份为一个一致的副本，门户运行和保存数据时也可以：SQLite 用
                                 VACUUM INTO（默认 portal-backup-日期-时间.db），PostgreSQL 用 pg_dump -Fc
                                 （默认 .dump；须在 PATH 中，或用 --Portal:Backup:PgDump 指定）；不覆盖已有文件
          restore 文件           把备份恢复到所配置的数据库，它须为空或尚不存在（用 --ConnectionStrings:Portal
                                 指定新文件或新建的空库）；拒绝不是门户备份的文件和来自更新版本的备份；恢复后运行
                                 迁移，并列出恢复的计划年度、数据、修改记录和账号
          export [文件.zip]      导出全部数据为一个 .zip：各年度计划文件、填报数据和修改记录等 CSV（UTF-8 带 BOM）、
                                 账号和角色（不含密码和令牌）及中文 README；/admin 的“备份与导出”也可下载
          import 文件.zip        把 export 的 .zip 导入新安装的空门户（SQLite 与 PostgreSQL 之间迁移也用它）；
                                 账号导入后须由管理员重置密码
          --Portal:Backup:Directory 目录 [--Portal:Backup:TimeOfDay 02:00] [--Portal:Backup:Keep 14]
                                 每天在北京时间 TimeOfDay 自动备份到该目录，保留最近 Keep 份；多个实例只备份一次

        退出码：0 成功；2 配置或参数有误（如 Database:Provider、连接字符串的格式、端口已被占用），改正后再运行；
        1 数据库无法打开（服务器未运行、目录不存在、无权限），或命令本身失败。原因以一行中文写在标准错误输出。

        Usage: dotnet run --project Portal [-- --demo] [--urls URL] [--ConnectionStrings:Portal "Data Source=FILE"]
               dotnet run --project Portal -- --Database:Provider postgres --ConnectionStrings:Portal "Host=…;Database=portal;Username=…"
               dotnet run --project Portal -- user add NAME --role Staff --division reader-services [--email ADDRESS]
               dotnet run --project Portal -- --Database:Provider postgres --ConnectionStrings:Portal "Host=…" user add NAME --role Admin
               dotnet run --project Portal -- token create NAME
               dotnet run --project Portal -- kiosk create LABEL [--urls http://wall-host:5249]
               dotnet run --project Portal -- plan extract FILE.docx|.pdf|.txt [-o OUT.json]
               dotnet run --project Portal -- plan import FILE.json [--replace --reason REASON]
               dotnet run --project Portal -- backup [FILE] | restore FILE | export [FILE.zip] | import FILE.zip
        """;

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
        var rest = VerbFirst(args).Where(a => a != "--demo").ToList();
        if (args.Contains("--demo")) rest.Add($"--{PortalOptions.Section}:Demo=true");
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
            var isValue = args[i - 1].StartsWith("--", StringComparison.Ordinal) && !args[i - 1].Contains('=') && args[i - 1] != "--demo";
            if (isValue) continue;
            if (i + 1 < args.Length && Commands.Contains((args[i], args[i + 1]))) return [.. args[i..], .. args[..i]];
            if (BackupCommand.Verbs.Contains(args[i])) return [.. args[i..], .. args[..i]];
        }
        return args;
    }

    /// <summary>Splits off an account command (user add, token create, kiosk create); the rest configures the host.</summary>
    public static (string[] Args, AccountCommand? Command, string? Error) ParseCommand(string[] args) => AccountCommand.Parse(args);
}
