using System.Net;
using System.Net.Sockets;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// A portal that cannot start says why in one message, with an exit code a service manager can tell apart (2: correct
/// the configuration, 1: the database could not be opened), never a crash with a stack trace.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("startup-").FullName;

    public static TheoryData<string[], int, string> Configurations => new()
    {
        { ["--Database:Provider", "mysql"], 2, "Database:Provider 只能是 sqlite 或 postgres，不是“mysql”" },
        { ["--Database:Provider", "postgres", "--ConnectionStrings:Portal", ""], 2, "使用 PostgreSQL 时须提供 ConnectionStrings:Portal" },
        { ["--Database:Provider", "postgres", "--ConnectionStrings:Portal", "Hst=db;Password=s3cret-word"], 2, "不是有效的 PostgreSQL 连接字符串" },
        { ["--ConnectionStrings:Portal", "Data"], 2, "ConnectionStrings:Portal “Data”不是有效的 SQLite 连接字符串" },
        { ["--ConnectionStrings:Portal", "Data Source=/nonexistent-dir/portal.db"], 1, "无法打开数据库（SQLite Error 14" },
        { ["--Portal:SqliteSynchronous", "sometimes"], 2, "Portal:SqliteSynchronous 只能是 OFF、NORMAL、FULL 或 EXTRA，不是“sometimes”" },
        { ["--Portal:Wall:RotateSeconds", "ten"], 2, "配置有误：Failed to convert configuration value 'ten' at 'Portal:Wall:RotateSeconds'" },
        { ["--Portal:Wall:RotateSeconds", "-5"], 2, "配置有误：Portal:Wall:RotateSeconds" },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task AConfigurationItCannotStartWith_GetsOneMessageAndItsExitCode(string[] options, int exitCode, string message)
    {
        var (code, _, error) = await StartAsync(options);

        Assert.Equal(exitCode, code);
        Assert.Contains(message, error);
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.DoesNotContain("s3cret-word", error); // a PostgreSQL connection string may hold a password
    }

    [Fact]
    public async Task APortInUse_SaysSoAndHowToChooseAnother()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, error) = await StartAsync(["--urls", $"http://127.0.0.1:{port}"]);

        Assert.Equal(2, code);
        Assert.Contains($"127.0.0.1:{port}", error);
        Assert.Contains("这个端口已被别的程序占用：请用 --urls 换一个端口", error);
    }

    /// <summary>Options later on the command line win, so the test's own database comes first and a case may replace it.</summary>
    private Task<(int Code, string Output, string Error)> StartAsync(string[] options) =>
        PortalCommand.RunAsync(new[] { "--urls", "http://127.0.0.1:0", "--ConnectionStrings:Portal", $"Data Source={Path.Combine(_dir, "portal.db")}" }
            .Concat(options));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
