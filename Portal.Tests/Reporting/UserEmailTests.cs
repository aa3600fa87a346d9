using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Commands;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Reporting;

/// <summary>Each user's reminder address: on the account, from `user add --email` and the admin page.</summary>
public sealed class UserEmailTests
{
    [Fact]
    public void Parse_UserAddWithEmail_KeepsTheAddress()
    {
        var (_, command, error) = AccountCommand.Parse(["user", "add", "zhang.min", "--role", "Staff", "--division", "branches", "--email", "zhangmin@zjlib.cn"]);

        Assert.Null(error);
        Assert.Equal("zhangmin@zjlib.cn", command!.Email);
    }

    [Fact]
    public async Task CreateAndSetEmail_BadAddress_IsRefusedAndNothingChanges()
    {
        using var portal = new PortalFactory();
        await using var scope = portal.Scope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdmin>();

        var bad = await admin.CreateAsync("li.na", [PortalRoles.Staff], ["branches"], TestWriters.Admin("测试"), email: "li.na@zjlib");
        var good = await admin.CreateAsync("li.na", [PortalRoles.Staff], ["branches"], TestWriters.Admin("测试"), email: " lina@zjlib.cn ");
        var id = (await admin.ListAsync()).Single(u => u.UserName == "li.na").Id;
        var badChange = await admin.SetEmailAsync(id, "不是邮箱", TestWriters.Admin("测试"));

        Assert.Equal(["邮箱地址“li.na@zjlib”格式不正确，应形如 zhangmin@zjlib.cn。"], bad.Errors);
        Assert.True(good.Succeeded);
        Assert.False(badChange.Succeeded);
        Assert.Equal("lina@zjlib.cn", (await admin.ListAsync()).Single(u => u.UserName == "li.na").Email);
        Assert.True((await admin.SetEmailAsync(id, "", TestWriters.Admin("测试"))).Succeeded);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.Id == id).Select(u => u.Email).SingleAsync());
    }
}
