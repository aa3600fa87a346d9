using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Portal.Accounts;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hosting;

/// <summary>`--demo` says where to go and with which accounts, from the address the server really listens on.</summary>
public sealed class DemoBannerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demo-banner-").FullName;

    [Fact]
    public async Task Demo_OnStart_PrintsTheListeningAddressAndTheFiveAccounts()
    {
        var port = FreePort();
        var output = await PortalCommand.RunUntilAsync(
            ["--demo", "--urls", $"http://127.0.0.1:{port}", "--ConnectionStrings:Portal", $"Data Source={Path.Combine(_dir, "demo.db")}",
             "--Logging:LogLevel:Default", "Warning"],
            printed => printed.Contains("停止门户请按 Ctrl+C", StringComparison.Ordinal));

        Assert.Contains($"请在浏览器中打开：\n  http://127.0.0.1:{port}\n", output);
        foreach (var account in DemoAccounts.All)
            Assert.Matches($@"\n  {account.UserName} +{account.Password} +{PortalRoles.DisplayName(account.Role)}", output);
        Assert.Contains("（读者服务部）", output);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000", "http://localhost:5000")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://+:5249", "http://localhost:5249")]
    [InlineData("https://portal.zjlib.cn", "https://portal.zjlib.cn")]
    public void Text_AWildcardAddress_NamesOneABrowserCanOpen(string listening, string open) =>
        Assert.Contains($"\n  {open}\n", Portal.Hosting.DemoBanner.Text([listening], d => d).Replace("\r", ""));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
