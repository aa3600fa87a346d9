using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Entities;
using Portal.Tests.Support;
using Portal.Wall;

namespace Portal.Tests.Wall;

/// <summary>The wall's names come from the accounts: a display name where there is one, nothing for other logins.</summary>
public sealed class PeopleNamesTests
{
    [Fact]
    public async Task OfAsync_AccountsAndOtherLogins_GivesTheDisplayNamesThatExist()
    {
        await using var portal = new PortalFactory();
        await using (var scope = portal.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.CreateAsync(new PortalUser { UserName = "wangfang", DisplayName = "王芳" })).Succeeded);
            Assert.True((await users.CreateAsync(new PortalUser { UserName = "nodisplay" })).Succeeded);
        }

        var names = await portal.Services.GetRequiredService<IPeopleNames>().OfAsync(["wangfang", "nodisplay", "演示数据", "wangfang"]);

        Assert.Equal(new Dictionary<string, string> { ["wangfang"] = "王芳" }, names);
    }
}
