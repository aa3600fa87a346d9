using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Reporting.Reminders;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;
using static Portal.Tests.Support.Reporting.ReminderHost;

namespace Portal.IntegrationTests.Reporting;

/// <summary>Reminder e-mail delivered to a real SMTP server (smtp4dev) and read back; claims keep every send unique.</summary>
public sealed class ReminderEmailTests(SmtpServerFixture smtp) : IClassFixture<SmtpServerFixture>
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    private string Address(string name) => $"{name}.{_tag}@zjlib.test";

    private Task<IReadOnlyList<MimeMessage>> MineAsync(int count) =>
        smtp.Server.WaitForAsync(all => Mine(all).Count >= count).ContinueWith(t => (IReadOnlyList<MimeMessage>)Mine(t.Result));

    private List<MimeMessage> Mine(IReadOnlyList<MimeMessage> all) =>
        all.Where(m => m.To.Mailboxes.Any(a => a.Address.Contains(_tag, StringComparison.Ordinal))).ToList();

    [Theory, OnSqlite, OnPostgres]
    public async Task Reminder_ThreeDaysBefore_EmailReachesTheDivisionsPeople_InChinese_WithTheEntryLink(DatabaseProvider db)
    {
        var clock = new FakeTimeProvider(ThreeDaysBeforeMarch);
        using var host = Create(clock, smtp.Server.SmtpPort, provider: db);
        await host.AddUserAsync("zhangmin", PortalRoles.Staff, Own, Address("zhangmin"));
        await host.AddUserAsync("lihua", PortalRoles.TeamLead, Own, Address("lihua"));
        await host.AddUserAsync("wangfang", PortalRoles.Staff, "branches", Address("wangfang"));
        await host.AddUserAsync("chenjing", PortalRoles.Staff, Own, null);
        // Reader services has 2 of its 4 KPIs for March; branches has its only one, so it owes nothing.
        await host.SaveAsync(March("circulation.loans", Own, 98_450), March("readers.total-cards", Own, 281_300),
            March("circulation.loans", "branches", 17_020));

        var result = await host.RunCycleAsync();

        Assert.Equal(new CycleResult(12, 1), result); // 13 divisions carry KPIs, branches is complete; only reader services has addresses
        var message = Assert.Single(await MineAsync(1));
        Assert.Equal("【填报提醒】读者服务部 2013 年 3 月数据还有 3 天截止", message.Subject);
        Assert.Equal([Address("lihua"), Address("zhangmin")], message.To.Mailboxes.Select(a => a.Address));
        Assert.Equal("浙江图书馆工作要点门户", message.From.Mailboxes.Single().Name);
        var body = message.TextBody;
        Assert.Contains("读者服务部的各位同事：", body);
        Assert.Contains("2013 年 3 月的数据还有 3 天截止（截止时间：2013-04-05 24:00），以下 2 项尚未填报：", body);
        Assert.Contains("· 新办读者证", body);
        Assert.Contains("· 总流通人次", body);
        Assert.DoesNotContain("外借文献", body);
        Assert.Contains("请登录门户填报：http://portal.zjlib.test/entry?division=reader-services&month=3", body);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Reminder_GoesToEachRecipient_InTheLanguageOfTheirAccount(DatabaseProvider db)
    {
        var clock = new FakeTimeProvider(ThreeDaysBeforeMarch);
        using var host = Create(clock, smtp.Server.SmtpPort, provider: db);
        await host.AddUserAsync("zhangmin", PortalRoles.Staff, Own, Address("zhangmin"));
        await host.AddUserAsync("alice", PortalRoles.TeamLead, Own, Address("alice"));
        await using (var scope = host.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users;
            await users.Where(u => u.UserName == "alice").ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "en"));
        }

        await host.RunCycleAsync();

        var mine = await MineAsync(2);
        var chinese = Assert.Single(mine, m => m.To.Mailboxes.Single().Address == Address("zhangmin"));
        var english = Assert.Single(mine, m => m.To.Mailboxes.Single().Address == Address("alice"));
        Assert.Equal("【填报提醒】读者服务部 2013 年 3 月数据还有 3 天截止", chinese.Subject);
        Assert.StartsWith("[Reminder] 读者服务部: the figures for 3/2013", english.Subject); // the division's name is plan content
        Assert.DoesNotContain("请登录", english.TextBody);
        Assert.Contains("http://portal.zjlib.test/entry?division=reader-services&month=3", english.TextBody);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Reminder_TwoInstancesAndARestart_SendEachMomentOnce(DatabaseProvider db)
    {
        var clock = new FakeTimeProvider(ThreeDaysBeforeMarch);
        using var database = TestDatabase.Create(db);
        var a = Create(clock, database, smtp.Server.SmtpPort);
        using var b = Create(clock, database, smtp.Server.SmtpPort);
        await a.AddUserAsync("zhaolei", PortalRoles.TeamLead, Own, Address("zhaolei"));

        var both = await Task.WhenAll(a.RunCycleAsync(), b.RunCycleAsync());
        Assert.Equal(13, both.Sum(r => r.Claimed)); // one claim per division carrying KPIs, whichever instance won it
        Assert.Single(await MineAsync(1));

        a.Dispose(); // a restart: a new instance on the same database at the same moment
        using var restarted = Create(clock, database, smtp.Server.SmtpPort);
        Assert.Equal(new CycleResult(0, 0), await restarted.RunCycleAsync());

        clock.SetUtcNow(new DateTimeOffset(2013, 4, 5, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime()); // the deadline day: a new moment
        Assert.Equal(new CycleResult(13, 1), await restarted.RunCycleAsync());
        Assert.Equal(0, (await b.RunCycleAsync()).Claimed);

        var mine = await MineAsync(2);
        Assert.Equal(["【填报提醒】读者服务部 2013 年 3 月数据还有 3 天截止", "【填报提醒】读者服务部 2013 年 3 月数据今天截止"],
            mine.Select(m => m.Subject).Order(StringComparer.Ordinal).Reverse());
        await using var scope = restarted.Scope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(["before-3", "due"], await data.ReminderClaims.Where(c => c.Division == Own).OrderBy(c => c.Id).Select(c => c.Moment).ToListAsync());
    }

    [Fact]
    public async Task Reminder_SmtpDown_IsRetriedWithBackoff_AndSavesGoOn()
    {
        var port = Smtp4Dev.FreePort(); // nothing listens here yet
        var clock = new FakeTimeProvider(ThreeDaysBeforeMarch);
        using var host = Create(clock, port);
        await host.AddUserAsync("sunli", PortalRoles.Staff, Own, Address("sunli"));

        Assert.Equal(new CycleResult(13, 0), await host.RunCycleAsync());
        var failed = await DeliveryAsync(host);
        Assert.Equal((DeliveryStatus.Pending, 1), (failed.Status, failed.Attempts));
        Assert.NotNull(failed.LastError);
        Assert.Equal(clock.GetUtcNow().AddMinutes(1), failed.NextAttemptAt);

        // The save path never waits for mail: a figure saves while the message is stuck.
        await host.SaveAsync(March("circulation.visits", Own, 212_000));

        await using (var page = new ReminderAdminView(host))
            Assert.Contains("邮件发送失败", page.FailingAlert());

        await using var server = await Smtp4Dev.StartAsync(port);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(new CycleResult(0, 0), await host.RunCycleAsync()); // back-off: not yet
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new CycleResult(0, 1), await host.RunCycleAsync());

        var sent = await DeliveryAsync(host);
        Assert.Equal((DeliveryStatus.Sent, 2), (sent.Status, sent.Attempts));
        var received = await server.WaitForAsync(m => m.Count > 0);
        Assert.Equal(Address("sunli"), Assert.Single(received).To.Mailboxes.Single().Address);
        // The message says what was owed when the reminder was claimed, before that save.
        Assert.Contains("以下 4 项尚未填报", received[0].TextBody);
    }

    [Fact]
    public async Task Reminder_WaitingForRetry_IsSkippedOnceTheDivisionHasReportedEverything()
    {
        var clock = new FakeTimeProvider(ThreeDaysBeforeMarch);
        using var host = Create(clock, Smtp4Dev.FreePort()); // nothing listens there
        await host.AddUserAsync("qianyu", PortalRoles.Staff, Own, Address("qianyu"));
        await host.RunCycleAsync();
        Assert.Equal(1, (await DeliveryAsync(host)).Attempts);

        await host.SaveAsync(March("circulation.loans", Own, 98_450), March("circulation.visits", Own, 212_000),
            March("readers.new-cards", Own, 1_860), March("readers.total-cards", Own, 281_300));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new CycleResult(0, 0), await host.RunCycleAsync());

        var skipped = await DeliveryAsync(host);
        Assert.Equal((DeliveryStatus.Skipped, 1), (skipped.Status, skipped.Attempts));
    }

    [Fact]
    public async Task Return_ByTheDirector_EmailsTheDivisionWithTheComment()
    {
        // 3 April, 10:00: between two reminder moments, so the only message is the one the return sends.
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 4, 3, 10, 0, 0, ChinaTimeOffset));
        using var host = Create(clock, smtp.Server.SmtpPort);
        await host.AddUserAsync("zhoujie", PortalRoles.TeamLead, Own, Address("zhoujie"));
        await using (var scope = host.Scope())
        {
            var submissions = scope.ServiceProvider.GetRequiredService<Portal.Reporting.SubmissionService>();
            Assert.True((await submissions.SubmitAsync(TestAccounts.Principal("zhoujie", PortalRoles.TeamLead, Own), 2013, Own, 3, "证卡数据待核")).Ok);
            Assert.True((await submissions.ReturnAsync(TestAccounts.Principal("director", PortalRoles.Director), 2013, Own, 3, "新办读者证不应为空，请补报")).Ok);
        }

        Assert.Equal(1, (await host.RunCycleAsync()).Sent);

        var message = Assert.Single(await MineAsync(1));
        Assert.Equal("【退回】读者服务部 2013 年 3 月数据已被退回，请更正后重新提交", message.Subject);
        Assert.Contains("2013 年 3 月的数据已由 director 退回，该月已重新开放填报。", message.TextBody);
        Assert.Contains("退回意见：新办读者证不应为空，请补报", message.TextBody);
        Assert.Contains("http://portal.zjlib.test/entry?division=reader-services&month=3", message.TextBody);
    }

    private static readonly TimeSpan ChinaTimeOffset = TimeSpan.FromHours(8);

    private static async Task<ReminderDelivery> DeliveryAsync(PortalFactory host)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ReminderDeliveries.AsNoTracking().SingleAsync();
    }
}
