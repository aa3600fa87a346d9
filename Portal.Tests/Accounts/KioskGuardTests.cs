using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Portal.Accounts;
using Portal.Accounts.Kiosk;
using Portal.Accounts.Tokens;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Accounts;

/// <summary>The wall's guard: a long-lived circuit learns its kiosk token was revoked and says so on screen.</summary>
public sealed class KioskGuardTests
{
    [Fact]
    public async Task KioskGuard_TokenRevoked_ReplacesTheWallWithAMessage()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 11, 4, 1, 30, 0, TimeSpan.Zero));
        await using var portal = new PortalFactory(clock: clock);
        var (id, token) = await portal.CreateKioskTokenAsync("一楼大厅");
        var validator = portal.Services.GetRequiredService<TokenValidator>();
        var principal = (await validator.ValidateAsync(token))!.ToPrincipal("Token");
        // Warm the cache so that the guard starts watching during the first render, before the clock moves.
        Assert.True(await validator.IsActiveAsync(id));
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        ctx.Services.AddHttpContextAccessor();
        ctx.Services.AddSingleton(validator);
        ctx.Services.AddSingleton<TimeProvider>(clock);
        ctx.Services.AddScoped<CurrentUser>();
        ctx.Services.AddScoped<KioskSession>();
        ctx.Services.GetRequiredService<CurrentUser>().Use(principal);

        var cut = ctx.Render<KioskGuard>(p => p.AddChildContent("<p data-wall>全年完成率 83.2%</p>"));
        Assert.Contains("data-wall", cut.Markup);

        await using (var scope = portal.Scope())
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AccessTokens.Where(t => t.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()));
        clock.Advance(KioskSession.CheckEvery);

        cut.WaitForAssertion(() => Assert.Contains("data-kiosk-revoked", cut.Markup), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("data-wall", cut.Markup);
        Assert.Contains("此大屏的访问令牌已被撤销", cut.Markup);
    }
}
