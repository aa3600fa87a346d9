using Portal.Accounts.Kiosk;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;

namespace Portal.Accounts.Commands;

/// <summary>Runs an <see cref="AccountCommand"/>: prepares the database as start-up does, acts, prints the secret once.</summary>
public static class AccountCommands
{
    public const string By = "命令行";

    /// <param name="initialize">Start-up's migrations and loading, from the composition root (the commands do not depend on it).</param>
    public static async Task<int> RunAsync(WebApplication app, AccountCommand command, Func<Task> initialize)
    {
        await initialize();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (command.Verb)
        {
            case "user":
                var created = await services.GetRequiredService<UserAdmin>().CreateAsync(command.Name, command.Roles, command.Divisions, Acting.SystemActor.Named(By), command.DisplayName, email: command.Email);
                if (!created.Succeeded) return Fail(created.Errors);
                Console.WriteLine($"已创建用户 {command.Name}（{string.Join("、", command.Roles.Select(PortalRoles.DisplayName))}）。");
                Console.WriteLine($"一次性密码：{created.OneTimePassword}");
                Console.WriteLine("首次登录时须设置新密码。此密码只显示这一次。");
                return 0;
            case "token":
                var token = await services.GetRequiredService<TokenService>().CreateApiTokenAsync(command.Name, command.Label ?? "命令行创建", Acting.SystemActor.Named(By));
                if (token is null) return Fail([$"用户“{command.Name}”不存在。请先用 user add 创建。"]);
                Console.WriteLine($"用户 {command.Name} 的 API 令牌（使用方式：Authorization: Bearer 令牌；只显示这一次）：");
                Console.WriteLine(token.Secret);
                return 0;
            default:
                var kiosk = await services.GetRequiredService<TokenService>().CreateKioskTokenAsync(command.Name, Acting.SystemActor.Named(By));
                Console.WriteLine($"大屏“{command.Name}”的地址（只显示这一次；可在管理页撤销）：");
                Console.WriteLine(KioskUrl.For(app.Configuration["urls"], kiosk.Secret));
                return 0;
        }
    }

    private static int Fail(IEnumerable<string> errors)
    {
        foreach (var e in errors) Console.Error.WriteLine(e);
        return 1;
    }
}
