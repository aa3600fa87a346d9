using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Accounts;

/// <summary>The writer's identity, in an HTTP request and in a circuit, without anyone passing it along.</summary>
public sealed class CurrentUserTests
{
    [Fact]
    public async Task InARequest_IsTheRequestsUser()
    {
        var staff = TestAccounts.Principal("wang.li", PortalRoles.Staff, "reader-services");
        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = staff } };

        var current = new CurrentUser(http, new ServiceCollection().BuildServiceProvider());

        Assert.Same(staff, await current.GetAsync());
    }

    [Fact]
    public async Task InACircuit_IsTheCircuitsUser_EvenWhenAnHttpContextLingers()
    {
        await using var ctx = new BunitContext();
        ctx.AddAuthorization().SetAuthorized("chen.hong").SetRoles(PortalRoles.TeamLead);
        var lingering = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = TestAccounts.Principal("someone.else", PortalRoles.Viewer) } };
        var current = new CurrentUser(lingering, ctx.Services);

        await new CircuitUserHandler(current).OnCircuitOpenedAsync(null!, CancellationToken.None);
        var user = await current.GetAsync();

        Assert.Equal("chen.hong", user.Identity?.Name);
        Assert.True(user.IsInRole(PortalRoles.TeamLead));
    }

    [Fact]
    public async Task WithNobodyKnown_IsAnonymous()
    {
        var services = new ServiceCollection().AddScoped<AuthenticationStateProvider, Microsoft.AspNetCore.Components.Server.ServerAuthenticationStateProvider>().BuildServiceProvider();

        var user = await new CurrentUser(new HttpContextAccessor(), services).GetAsync();

        Assert.False(user.IsSignedIn());
        Assert.Equal(Writer.Anonymous, Writer.NameOf(user));
    }

    [Fact]
    public async Task Use_OverridesForBackgroundWork()
    {
        var current = new CurrentUser(new HttpContextAccessor(), new ServiceCollection().BuildServiceProvider());
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "Test"));

        current.Use(admin);

        Assert.Equal("admin", (await current.NameAsync()));
    }
}
