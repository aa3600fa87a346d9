using Portal.Accounts.Kiosk;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;
using Portal.Domain.Localization;
using Portal.Hosting;

namespace Portal.Accounts.Commands;

/// <summary>Runs an <see cref="AccountCommand"/>: prepares the database as start-up does, acts, prints the secret once.</summary>
public static class AccountCommands
{
    public static string By => AccountMessages.Text.Get("Cli.By", TextResource.Chinese);

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
                Console.WriteLine(AccountMessages.Text.Format("Cli.UserCreated", command.Name, ListText.Join(command.Roles.Select(PortalRoles.DisplayName))));
                Console.WriteLine(AccountMessages.Text.Format("Cli.OneTimePassword", created.OneTimePassword));
                Console.WriteLine(AccountMessages.Text["Cli.ChangeAtFirstLogin"]);
                return 0;
            case "token":
                var token = await services.GetRequiredService<TokenService>().CreateApiTokenAsync(command.Name, command.Label ?? AccountMessages.Text.Get("Cli.TokenLabel", TextResource.Chinese), Acting.SystemActor.Named(By));
                if (token is null) return Fail([AccountMessages.Text.Format("Cli.NoUser", command.Name)]);
                Console.WriteLine(AccountMessages.Text.Format("Cli.ApiToken", command.Name));
                Console.WriteLine(token.Secret);
                return 0;
            default:
                var kiosk = await services.GetRequiredService<TokenService>().CreateKioskTokenAsync(command.Name, Acting.SystemActor.Named(By));
                Console.WriteLine(AccountMessages.Text.Format("Cli.KioskAddress", command.Name));
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
