using System.Data.Common;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Portal.Configuration;

namespace Portal.Hosting;

/// <summary>
/// Why a start (or a command) could not go on, for whoever runs it: one message in place of a stack trace, and the
/// exit code: 2 for a configuration to correct, 1 for a database that could not be opened. Anything else is a bug
/// and keeps its stack trace.
/// </summary>
public static class StartupFailure
{
    public static (string Message, int ExitCode)? Describe(Exception e) => e switch
    {
        PortalConfigurationException c => (c.Message, 2),
        OptionsValidationException o => ($"配置有误：{string.Join("；", o.Failures)}", 2),
        InvalidOperationException when e.TargetSite?.DeclaringType == typeof(ConfigurationBinder) => (
            $"配置有误：{e.Message} 请改成这一项要的类型（数字、true/false、时间等），或删去它用默认值。", 2),
        IOException { InnerException: AddressInUseException } => (
            $"无法启动（{e.Message.TrimEnd('.')}）：这个端口已被别的程序占用：请用 --urls 换一个端口（例如 --urls http://localhost:5250），或先停掉占用它的程序。", 2),
        _ when Innermost<DbException>(e) is { } db => (
            $"无法打开数据库（{db.Message.TrimEnd('.')}）。请检查 ConnectionStrings:Portal 和 Database:Provider，确认数据库服务器在运行、文件所在的目录存在且账号有权限，然后再启动。", 1),
        _ => null,
    };

    private static T? Innermost<T>(Exception e) where T : Exception
    {
        T? found = null;
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is T t) found = t;
        return found;
    }
}
