using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Accounts.Users;
using Portal.Data.Demo;
using Portal.Configuration;
using Portal.Data.Entities;

namespace Portal.Accounts;

/// <summary>At start-up: the roles exist; with --demo, so does one account per role (never touched if present).</summary>
public sealed class AccountInitializer(RoleManager<IdentityRole> roles, UserManager<PortalUser> users, UserAdmin admin,
    IOptions<PortalOptions> options, ILogger<AccountInitializer> log)
{
    public async Task InitializeAsync()
    {
        foreach (var role in PortalRoles.Assignable)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        if (!options.Value.Demo) return;
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null) continue;
            var result = await admin.CreateAsync(demo.UserName, [demo.Role], demo.Divisions, Acting.SystemActor.Named(DemoFigures.Author), demo.DisplayName, demo.Password);
            if (!result.Succeeded) throw new InvalidOperationException($"Demo account {demo.UserName}: {string.Join(" ", result.Errors)}");
            log.LogInformation("Created demo account {User} ({Role})", demo.UserName, demo.Role);
        }
    }
}
