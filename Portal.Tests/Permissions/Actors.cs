using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;
using Portal.Data.Entities;
using Portal.Tests.Support;

namespace Portal.Tests.Permissions;

/// <summary>
/// Real accounts and the principals their cookie, their open page or their API token carries, built exactly as the
/// portal builds them at sign-in (so that the write services look each one up as it is now).
/// </summary>
public static class Actors
{
    /// <summary>The principal a cookie (and so a circuit) holds for <paramref name="userName"/>, as at sign-in now.</summary>
    public static async Task<ClaimsPrincipal> SignedInAsync(this PortalFactory portal, string userName)
    {
        await using var scope = portal.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        return await scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(user);
    }

    /// <summary>The principal an API or kiosk token gives a request, as the token handler builds it.</summary>
    public static async Task<ClaimsPrincipal> TokenPrincipalAsync(this PortalFactory portal, string secret) =>
        (await portal.Services.GetRequiredService<TokenValidator>().ValidateAsync(secret))!.ToPrincipal("Token");

    public static async Task<string> IdOfAsync(this PortalFactory portal, string userName)
    {
        await using var scope = portal.Scope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.Id;
    }

    /// <summary>An admin (through an account-less operator principal) changes <paramref name="userName"/>'s role and divisions.</summary>
    public static async Task SetRolesAsync(this PortalFactory portal, string userName, string role, params string[] divisions)
    {
        var id = await portal.IdOfAsync(userName);
        await using var scope = portal.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdmin>().SetRolesAsync(id, [role], divisions, TestWriters.Admin("管理员甲"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    public static async Task LockAsync(this PortalFactory portal, string userName)
    {
        var id = await portal.IdOfAsync(userName);
        await using var scope = portal.Scope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdmin>().LockAsync(id, TestWriters.Admin("管理员甲"))).Succeeded);
    }
}
