using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Accounts;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Domain.Reporting;
using Portal.Figures;
using Portal.Reporting;
using Portal.Reporting.Reminders;
using Portal.Tests.Support;

namespace Portal.Tests.Support.Reporting;

/// <summary>
/// A portal for reminder tests: fake time, the reminder service off (tests run the cycle themselves, as its timer
/// would), overdue reminders for 7 days, e-mail to a given SMTP port, links to http://portal.zjlib.test. Several
/// hosts may share one database.
/// </summary>
public static class ReminderHost
{
    public const string PublicUrl = "http://portal.zjlib.test";
    public const string Own = "reader-services";

    /// <summary>2 April 2013, 09:00 China time: three days before March's deadline (5 April, 24:00).
    /// In UTC, as a TimeProvider gives it: PostgreSQL stores no other offset.</summary>
    public static DateTimeOffset ThreeDaysBeforeMarch => new DateTimeOffset(2013, 4, 2, 9, 0, 0, ChinaTime.Offset).ToUniversalTime();

    /// <summary>On a database of its own (SQLite unless told), deleted when the host is disposed.</summary>
    public static PortalFactory Create(FakeTimeProvider clock, int? smtpPort, IDictionary<string, string?>? more = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        Start(settings => new PortalFactory(clock: clock, settings: settings, provider: provider), smtpPort, more);

    /// <summary>On a database that several hosts share (instances, a restart); its owner disposes it.</summary>
    public static PortalFactory Create(FakeTimeProvider clock, TestDatabase shared, int? smtpPort) =>
        Start(settings => new PortalFactory(clock: clock, settings: settings, shared: shared), smtpPort, null);

    private static PortalFactory Start(Func<Dictionary<string, string?>, PortalFactory> create, int? smtpPort, IDictionary<string, string?>? more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Reporting:RemindersEnabled"] = "false",
            ["Portal:Reporting:PublicUrl"] = PublicUrl,
            // Daily overdue reminders for a week, so that February's (due 5 March) have stopped by 2 April.
            ["Portal:Reporting:OverdueDays"] = "7",
            ["Portal:Mail:Host"] = smtpPort is null ? "" : "127.0.0.1",
            ["Portal:Mail:Security"] = "None",
            ["Portal:Mail:Timeout"] = "00:00:10",
        };
        if (smtpPort is { } port) settings["Portal:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (k, v) in more ?? new Dictionary<string, string?>()) settings[k] = v;
        var factory = create(settings);
        _ = factory.Server;
        return factory;
    }

    public static async Task<CycleResult> RunCycleAsync(this PortalFactory host) =>
        await host.Services.GetRequiredService<ReminderCycle>().RunAsync();

    public static async Task AddUserAsync(this PortalFactory host, string userName, string role, string division, string? email)
    {
        await using var scope = host.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(userName, [role], [division], TestWriters.Admin("测试"), email: email);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
    }

    public static async Task SaveAsync(this PortalFactory host, params FigureWrite[] writes)
    {
        await using var scope = host.Scope();
        var outcome = await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(host.Plan2013, writes, TestWriters.Admin("测试"));
        Assert.True(outcome.Errors.Count == 0 && outcome.Refusals.Count == 0, string.Join(" ", outcome.Errors.Select(e => e.Message)));
    }

    public static FigureWrite March(string kpi, string division, double value) => new(kpi, division, 3, value, null, null);

    public static System.Security.Claims.ClaimsPrincipal Admin => TestAccounts.Principal("admin", PortalRoles.Admin);
}
