using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Accounts;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Reporting;
using Portal.Reporting.Chain;
using Portal.Reporting.Closures;

namespace Portal.Tests.Support.Reporting;

/// <summary>
/// The --demo-province portal for review chain tests (ADR 042), on fake time (7 May 2013, two days after April's
/// deadline), with e-mail on (to a server nobody runs: tests read the outbox) and the reminder service off. Its
/// libraries' own accounts act in the chain (hz.admin, hz.viewer, nb.admin, xh.admin, and zj.admin of 浙江图书馆,
/// each with an address); the steps inside a library are taken by in-process team lead and director principals.
/// </summary>
public sealed class ChainProvince : IAsyncDisposable
{
    public const int Year = 2013, April = 4;
    public const string ProvinceAdmin = "zj.admin";

    private ChainProvince(PortalFactory portal, FakeTimeProvider clock) => (Portal, Clock) = (portal, clock);

    public PortalFactory Portal { get; }
    public FakeTimeProvider Clock { get; }

    public static DateTimeOffset Start => new DateTimeOffset(2013, 5, 7, 10, 0, 0, ChinaTime.Offset).ToUniversalTime();

    public static async Task<ChainProvince> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var clock = new FakeTimeProvider(Start);
        var portal = ReminderHost.Create(clock, smtpPort: 1, new Dictionary<string, string?>
        {
            ["Portal:Demo"] = "true", ["Portal:DemoProvince"] = "true", ["Portal:Reporting:ChainReminderDays"] = "3",
        }, provider);
        var province = new ChainProvince(portal, clock);
        await using (var scope = portal.Scope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(ProvinceAdmin, [PortalRoles.Admin], [], TestWriters.Admin("测试"),
                password: TestAccounts.Password, email: "zj.admin@zjlib.test");
            Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        }
        foreach (var (code, user) in new[] { ("hz-lib", "hz.admin"), ("nb-lib", "nb.admin"), ("xh-lib", "xh.admin"), ("xh-lib", "xh.lead") })
            await province.InAsync(code, async services =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
                await db.Users.Where(u => u.UserName == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, $"{user}@{code}.test"));
                return true;
            });
        return province;
    }

    public async Task<int> IdAsync(string code) => (await Portal.Services.GetRequiredService<LibraryTree>().FindByCodeAsync(code))!.Id;

    /// <summary>Runs <paramref name="act"/> as a request at <paramref name="code"/>'s address by one of its users would: their scope, its store.</summary>
    public Task<T> InAsync<T>(string code, Func<IServiceProvider, Task<T>> act) => InAsync(Portal.Services, code, act);

    public static async Task<T> InAsync<T>(IServiceProvider root, string code, Func<IServiceProvider, Task<T>> act)
    {
        var tree = root.GetRequiredService<LibraryTree>();
        var outer = LibraryScope.Current;
        LibraryScope.Current = await tree.ScopeForAsync((await tree.FindByCodeAsync(code))!.Id);
        try
        {
            await using var scope = root.CreateAsyncScope();
            return await act(scope.ServiceProvider);
        }
        finally
        {
            LibraryScope.Current = outer;
        }
    }

    /// <summary>A signed-in account as its cookie names it: the services re-read its roles and library (ActingUsers).</summary>
    public async Task<ClaimsPrincipal> AccountAsync(string userName)
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.NameIdentifier, user.Id), PortalClaims.LibraryClaim(user.LibraryId)], "Test"));
    }

    /// <summary>Every division of <paramref name="code"/> submits April and its director reviews it, one hour apart.</summary>
    public Task CompleteInsideAsync(string code, int month = April) =>
        CompleteInsideAsync(Portal.Services, code, month, () => Clock.Advance(TimeSpan.FromHours(1)));

    /// <summary>Every division of <paramref name="code"/> submits the month (a team lead) and the director reviews it.</summary>
    public static Task CompleteInsideAsync(IServiceProvider root, string code, int month = April, Action? between = null) => InAsync(root, code, async services =>
    {
        var store = services.GetRequiredService<PlanStore>();
        var submissions = services.GetRequiredService<SubmissionService>();
        var divisions = store.Find(Year)!.Plan.Divisions.Select(d => d.Code).ToArray();
        var lead = TestAccounts.Principal($"{code}.lead", PortalRoles.TeamLead, divisions);
        var director = TestAccounts.Principal($"{code}.director", PortalRoles.Director);
        foreach (var division in divisions)
        {
            Assert.Equal(PeriodStatus.Closed, (await submissions.SubmitAsync(lead, Year, division, month, "测试")).Status);
            between?.Invoke();
            Assert.Equal(PeriodStatus.Reviewed, (await submissions.ReviewAsync(director, Year, division, month)).Status);
        }
        return true;
    });

    public async Task<ChainMonth> MonthAsync(string code, int month = April) =>
        (await Portal.Services.GetRequiredService<ChainReader>().ReadAsync(await IdAsync(code), Year, month))!;

    public Task<PeriodOutcome> ReviewAsync(string at, string userName, string library, int month = April) => InAsync(at, async services =>
        await services.GetRequiredService<ReviewChainService>().ReviewAsync(await AccountAsync(userName), await IdAsync(library), Year, month));

    public Task<PeriodOutcome> ReturnAsync(string at, string userName, string library, string? comment, int month = April) => InAsync(at, async services =>
        await services.GetRequiredService<ReviewChainService>().ReturnAsync(await AccountAsync(userName), await IdAsync(library), Year, month, comment));

    public ValueTask DisposeAsync() => Portal.DisposeAsync();
}
