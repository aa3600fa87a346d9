using Portal.Live;
using Portal.Tests.Support;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Figures;
using Portal.Plans;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;
using Microsoft.Playwright;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// The real portal on real Kestrel at a fixed loopback port, with a SQLite file that outlives the server, so a
/// test can stop it and start it again on the same port with the same data, as a restart would.
/// </summary>
public sealed class LivePortal : IAsyncDisposable
{
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"portal-browser-{Guid.NewGuid():N}.db");
    private Host? _host;

    private readonly bool _demo;
    private readonly bool _province;
    private readonly string[] _seedPlans;

    private LivePortal(bool demo, string[] seedPlans, bool province = false)
    {
        _demo = demo;
        _province = province;
        _seedPlans = seedPlans;
        Port = FreePort();
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <param name="demo">With the demo figures (January–October 2013), as `--demo` starts it.</param>
    /// <param name="seedPlans">Plan files to seed the database with (Portal:SeedPlans); empty: the default.</param>
    public static LivePortal Start(bool demo = false, params string[] seedPlans)
    {
        var portal = new LivePortal(demo, seedPlans);
        portal.StartAgain();
        return portal;
    }

    /// <summary>As `--demo-province` starts it: the demo, and two city and four county libraries with their accounts.</summary>
    public static LivePortal StartProvince()
    {
        var portal = new LivePortal(demo: true, [], province: true);
        portal.StartAgain();
        return portal;
    }

    public void StartAgain()
    {
        if (_host is not null) throw new InvalidOperationException("The portal is already running.");
        _host = new Host(_dbPath, _demo, _seedPlans, _province);
        _host.UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        _host.StartServer();
    }

    public async Task StopAsync()
    {
        if (_host is null) return;
        await _host.DisposeAsync();
        _host = null;
    }

    /// <summary>Saves one figure through the portal's write path, as the entry grid does.</summary>
    public Task SaveAsync(string kpi, string division, int month, double value) => SaveAsync(2013, kpi, division, month, value);

    /// <summary>Saves one figure of a plan year through the portal's write path.</summary>
    public async Task SaveAsync(int year, string kpi, string division, int month, double value)
    {
        var services = (_host ?? throw new InvalidOperationException("The portal is not running.")).Services;
        await using var scope = services.CreateAsyncScope();
        var plan = scope.ServiceProvider.GetRequiredService<PlanStores>().Default.Find(year)!;
        var outcome = await scope.AsAdmin().GetRequiredService<FigureService>()
            .SaveAsync(plan, [new FigureWrite(kpi, division, month, value, null, null)], TestWriters.Admin("浏览器测试"));
        Assert.True(outcome.Ok, string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }

    private string? _kioskToken;

    /// <summary>A wall address with a read-only kiosk token, as the TV opens it: no login, no session to expire.</summary>
    public async Task<string> WallUrlAsync(string query)
    {
        if (_kioskToken is null)
        {
            await using var scope = Running.Services.CreateAsyncScope();
            _kioskToken = (await scope.ServiceProvider.GetRequiredService<TokenService>().CreateKioskTokenAsync("浏览器测试大屏", TestWriters.Admin("测试"))).Secret;
        }
        return Url($"/wall?{query}&token={Uri.EscapeDataString(_kioskToken)}");
    }

    /// <summary>Creates a user and signs the page in through the real login form; returns the login name.</summary>
    public async Task<string> LoginAsync(IPage page, string role, params string[] divisions)
    {
        var name = await CreateUserAsync(role, divisions);
        await page.GotoAsync(Url("/login"));
        await page.FillAsync("input[name='Input.UserName']", name);
        await page.FillAsync("input[name='Input.Password']", TestAccounts.Password);
        await page.ClickAsync("form[data-login-form] button[type='submit']");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return name;
    }

    /// <summary>
    /// Opens <paramref name="path"/> (a library's address), is sent to the login form, signs in there as one of
    /// --demo-province's accounts and lands back on the address, interactive.
    /// </summary>
    public async Task SignInAtAsync(IPage page, string path, string user, string password)
    {
        await page.GotoAsync(Url(path));
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.FillAsync("input[name='Input.UserName']", user);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("form[data-login-form] button[type='submit']");
        var back = path.Split('?')[0];
        await page.WaitForURLAsync(url => url.Contains(back, StringComparison.Ordinal) && !url.Contains("/login", StringComparison.Ordinal));
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
    }

    /// <summary>Creates a user of a role with the test password; returns the login name.</summary>
    public async Task<string> CreateUserAsync(string role, params string[] divisions)
    {
        var name = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        await using var scope = Running.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(name, [role], divisions, TestWriters.Admin("测试"), password: TestAccounts.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        return name;
    }

    /// <summary>A bearer token of an administrator's feed, as the ILS uses for the API.</summary>
    public async Task<string> ApiTokenAsync()
    {
        var name = $"feed-{Guid.NewGuid():N}"[..20];
        await using var scope = Running.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(name, [Portal.Accounts.PortalRoles.Admin], [], TestWriters.Admin("测试"), password: TestAccounts.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        return (await scope.ServiceProvider.GetRequiredService<TokenService>().CreateApiTokenAsync(name, "测试令牌", TestWriters.Admin("测试")))!.Secret;
    }

    /// <summary>The running portal's services, for a test that prepares data as the portal itself would.</summary>
    public IServiceProvider Services => Running.Services;

    private Host Running => _host ?? throw new InvalidOperationException("The portal is not running.");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Host(string dbPath, bool demo, string[] seedPlans, bool province) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={dbPath}");
            builder.UseSetting("Portal:Demo", demo ? "true" : "false");
            builder.UseSetting("Portal:DemoProvince", province ? "true" : "false");
            for (var i = 0; i < seedPlans.Length; i++) builder.UseSetting($"Portal:SeedPlans:{i}", seedPlans[i]);
        }
    }
}
