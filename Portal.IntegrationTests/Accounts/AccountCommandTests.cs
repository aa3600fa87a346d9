using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts.Commands;
using Portal.Accounts.Tokens;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Accounts;

/// <summary>`dotnet run --project Portal -- user add …`, `token create …`, `kiosk create …`: no web server involved.</summary>
public sealed class AccountCommandTests
{
    [Fact]
    public void Parse_UserAdd_TakesRepeatedDivisions_AndLeavesHostOptions()
    {
        var (rest, command, error) = AccountCommand.Parse(
            ["user", "add", "zhang.min", "--role", "Staff", "--division", "branches", "--division", "mobile-library",
             "--urls", "http://0.0.0.0:5000", "--ConnectionStrings:Portal", "Data Source=x.db", "--Portal:Demo=true"]);

        Assert.Null(error);
        Assert.Equal(("user", "zhang.min"), (command!.Verb, command.Name));
        Assert.Equal(["Staff"], command.Roles);
        Assert.Equal(["branches", "mobile-library"], command.Divisions);
        Assert.Equal(["--urls", "http://0.0.0.0:5000", "--ConnectionStrings:Portal", "Data Source=x.db", "--Portal:Demo=true"], rest);
    }

    [Theory]
    [InlineData(new[] { "user", "add", "x" }, "--role")]
    [InlineData(new[] { "user", "create", "x" }, "用法")]
    [InlineData(new[] { "kiosk", "create" }, "用法")]
    [InlineData(new[] { "user", "add", "x", "--role" }, "需要一个值")]
    public void Parse_Incomplete_SaysWhatIsMissing(string[] args, string expected)
    {
        var (_, command, error) = AccountCommand.Parse(args);

        Assert.Null(command);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void CommandAfterConfigurationOptions_IsTheSameCommand()
    {
        var (args, _) = Portal.Hosting.CommandLine.Parse(
            ["--Database:Provider", "postgres", "--ConnectionStrings:Portal", "Host=/tmp;Username=user", "--demo", "user", "add", "li", "--role", "Admin"]);
        var (rest, command, error) = AccountCommand.Parse(args);

        Assert.Null(error);
        Assert.Equal(("user", "li", "Admin"), (command!.Verb, command.Name, command.Roles.Single()));
        Assert.Equal(["--Database:Provider", "postgres", "--ConnectionStrings:Portal", "Host=/tmp;Username=user", "--Portal:Demo=true"], rest);
        Assert.Equal(["plan", "import", "p.json", "--urls", "x"], Portal.Hosting.CommandLine.VerbFirst(["--urls", "x", "plan", "import", "p.json"]));
    }

    [Fact]
    public void WordThatIsAnOptionsValue_IsNoCommand()
    {
        Assert.Equal(["--Portal:InstanceName", "user", "add"], Portal.Hosting.CommandLine.VerbFirst(["--Portal:InstanceName", "user", "add"]));
    }

    [Fact]
    public void Parse_WebHostArguments_AreNoCommand()
    {
        Assert.Null(AccountCommand.Parse(["--demo", "--urls", "http://localhost:5000"]).Command);
    }

    [Fact]
    public async Task Commands_WorkOnTheConfiguredDatabase_AndPrintSecretsThatWork()
    {
        var db = Path.Combine(Path.GetTempPath(), $"portal-cli-{Guid.NewGuid():N}.db");
        try
        {
            var user = await RunAsync(db, "user", "add", "lead.cli", "--role", "TeamLead", "--division", "branches", "--display-name", "陈红");
            var token = await RunAsync(db, "token", "create", "lead.cli", "--label", "ILS");
            var kiosk = await RunAsync(db, "kiosk", "create", "一楼大厅", "--urls", "http://wall.zjlib.cn:5000");

            var password = user.Split('\n').Single(l => l.StartsWith("一次性密码：", StringComparison.Ordinal))["一次性密码：".Length..].Trim();
            var bearer = token.Split('\n').Single(l => l.StartsWith(TokenFormat.ApiPrefix, StringComparison.Ordinal)).Trim();
            var url = kiosk.Split('\n').Single(l => l.StartsWith("http", StringComparison.Ordinal)).Trim();
            await using var context = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={db}").Options);
            var stored = await context.Users.SingleAsync(u => u.UserName == "lead.cli");

            Assert.True(stored.MustChangePassword);
            Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<PortalUser>().VerifyHashedPassword(stored, stored.PasswordHash!, password));
            Assert.True(await context.AccessTokens.AnyAsync(t => t.Hash == TokenFormat.Hash(bearer) && t.OwnerId == stored.Id));
            Assert.StartsWith("http://wall.zjlib.cn:5000/wall?token=wpk_", url);
            Assert.True(await context.AccessTokens.AnyAsync(t => t.Kind == AccessTokenKind.Kiosk && t.Label == "一楼大厅"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        }
    }

    /// <summary>Runs the built portal the way `dotnet run --project Portal -- …` does, and returns what it printed.</summary>
    private static async Task<string> RunAsync(string db, params string[] args)
    {
        var (code, output, error) = await PortalCommand.RunAsync(args.Concat(["--ConnectionStrings:Portal", $"Data Source={db}"]));
        Assert.True(code == 0, $"exit {code}: {error}");
        return output;
    }
}
