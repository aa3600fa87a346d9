using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Accounts;
using Portal.Accounts.Kiosk;
using Portal.Accounts.Tokens;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Accounts;

/// <summary>A wall token opens the wall (and its circuit) and the hub, nothing else, and stops once revoked.</summary>
public sealed class KioskTokenTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2013, 11, 4, 1, 30, 0, TimeSpan.Zero));
    private PortalFactory? _portal;

    private PortalFactory Start(DatabaseProvider provider) => _portal = new PortalFactory(clock: _clock, provider: provider);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_portal is not null) await _portal.DisposeAsync();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task KioskToken_OpensTheWall_AndItsCircuit_WithNoLogin(DatabaseProvider db)
    {
        var portal = Start(db);
        var (_, token) = await portal.CreateKioskTokenAsync();
        using var tv = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var wall = await tv.GetAsync($"/wall?token={token}");
        using var circuit = await tv.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.NotEqual(HttpStatusCode.Unauthorized, wall.StatusCode);
        Assert.Contains(wall.Headers.GetValues("Set-Cookie"), c => c.StartsWith(KioskCookie.Name, StringComparison.Ordinal)
            && c.Contains("httponly") && c.Contains("samesite=strict"));
        Assert.Equal(HttpStatusCode.OK, circuit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task KioskToken_EveryOtherRoute_Is403(DatabaseProvider db)
    {
        var portal = Start(db);
        var (_, token) = await portal.CreateKioskTokenAsync();
        using var kiosk = portal.CreateBearerClient(token);
        var others = RouteCatalog.All(portal).Where(r => !r.IsStaticAsset && !r.AllowsAnonymous && !KioskAccess.Allows(new PathString(r.Path))).ToList();
        Assert.Contains(others, r => r.Method == "POST" && r.Path.Contains("/closures/"));

        var let = new List<string>();
        foreach (var route in others)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
            if (route.Method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{\"value\":1}", Encoding.UTF8, "application/json");
            using var response = await kiosk.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden) let.Add($"{route.Method} {route.Path} → {(int)response.StatusCode}");
        }

        Assert.Empty(let);
        Assert.Contains("大屏令牌只能打开大屏页面", await (await kiosk.GetAsync("/")).Content.ReadAsStringAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task KioskToken_MaySubscribeToTheHub(DatabaseProvider db)
    {
        var portal = Start(db);
        var (_, token) = await portal.CreateKioskTokenAsync();
        var kiosk = new KioskTokenOf(portal, token);

        Assert.True(await kiosk.MayOpenAsync("/hubs/dashboard"));
        Assert.True(await kiosk.MayOpenAsync("/hubs/dashboard/negotiate"));
        Assert.False(await kiosk.MayOpenAsync("/api/plans/2013/dashboard"));
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(portal.Server.BaseAddress, $"/hubs/dashboard?token={token}"), o => o.HttpMessageHandlerFactory = _ => portal.Server.CreateHandler())
            .Build();
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", 2013);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RevokedKioskToken_GetsNothing_AndTheWallSaysWhy(DatabaseProvider db)
    {
        var portal = Start(db);
        var (id, token) = await portal.CreateKioskTokenAsync();
        using var tv = portal.CreateClient(new() { AllowAutoRedirect = false });
        await tv.GetAsync($"/wall?token={token}");

        await portal.RevokeAsync(id);
        using var wall = await tv.GetAsync($"/wall?token={token}");
        using var circuit = await tv.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        using var program = portal.CreateBearerClient(token);
        using var bearer = await program.PostAsync("/hubs/dashboard/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, wall.StatusCode);
        Assert.Contains("此大屏的访问令牌无效或已被撤销", await wall.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, circuit.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bearer.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RevokedOnAnotherServer_StopsOnTheNextRequest(DatabaseProvider db)
    {
        var portal = Start(db);
        var (id, token) = await portal.CreateKioskTokenAsync();
        using var tv = portal.CreateAnonymousClient();
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await tv.GetAsync($"/wall?token={token}")).StatusCode);

        await RevokeBehindThisServersBackAsync(id);
        using var next = await tv.GetAsync($"/wall?token={token}");

        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task KioskSession_Watch_ReportsRevocation_OnTheNextCheck(DatabaseProvider db)
    {
        var portal = Start(db);
        var (id, token) = await portal.CreateKioskTokenAsync();
        var principal = (await portal.Services.GetRequiredService<TokenValidator>().ValidateAsync(token))!.ToPrincipal("Token");
        await using var scope = portal.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Use(principal);
        var session = scope.ServiceProvider.GetRequiredService<KioskSession>();
        var revoked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var watch = await session.WatchAsync(() => { revoked.TrySetResult(); return Task.CompletedTask; });

        Assert.False(await session.IsRevokedAsync());
        await RevokeBehindThisServersBackAsync(id);
        _clock.Advance(KioskSession.CheckEvery);

        await revoked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await session.IsRevokedAsync());
    }

    [Fact]
    public void KioskUrl_UsesTheFirstListenAddress()
    {
        Assert.Equal("http://localhost:5249/wall?token=wpk_x", KioskUrl.For(null, "wpk_x"));
        Assert.Equal("http://tv.zjlib.cn:5000/wall?token=wpk_x", KioskUrl.For("http://tv.zjlib.cn:5000/;http://localhost:5001", "wpk_x"));
    }

    /// <summary>Another server's revocation: the database changes, this server's cache does not hear of it.</summary>
    private async Task RevokeBehindThisServersBackAsync(long id)
    {
        await using var scope = _portal!.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var at = _clock.GetUtcNow();
        await db.AccessTokens.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, at));
    }

    /// <summary>The access policy applied to a kiosk principal at a path, as the authorization middleware applies it.</summary>
    private sealed class KioskTokenOf(PortalFactory portal, string token)
    {
        public async Task<bool> MayOpenAsync(string path)
        {
            var principal = (await portal.Services.GetRequiredService<TokenValidator>().ValidateAsync(token))!.ToPrincipal("Token");
            var http = new DefaultHttpContext { RequestServices = portal.Services };
            http.Request.Path = path;
            var authorization = portal.Services.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(principal, http, AccessPolicy.Build())).Succeeded;
        }
    }
}
