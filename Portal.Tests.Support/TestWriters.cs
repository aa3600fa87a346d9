using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;

namespace Portal.Tests.Support;

/// <summary>
/// Writes need a user allowed to make them (the write guard refuses anonymous writers). Tests that save figures
/// "from elsewhere" act as an administrator, who may write to every division.
/// </summary>
public static class TestWriters
{
    public const string AdminName = "测试管理员";

    /// <summary>An in-process admin named <paramref name="name"/> (no account behind it: taken as it is, ADR 024).</summary>
    public static System.Security.Claims.ClaimsPrincipal Admin(string name) => TestAccounts.Principal(name, PortalRoles.Admin);

    public static IServiceProvider AsAdmin(this AsyncServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Use(TestAccounts.Principal(AdminName, PortalRoles.Admin));
        return scope.ServiceProvider;
    }
}
