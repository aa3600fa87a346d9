using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Reporting;
using Portal.Reporting.Reminders;
using Portal.Tests.Support;
using static Portal.Tests.Support.Reporting.ReminderHost;

namespace Portal.Tests.Reporting;

public sealed class ReminderWebhookTests
{
    [Fact]
    public async Task Reminder_TwoMomentsOneMorning_OneDigestPerRobotAndMoment_UnderTheRateLimit()
    {
        await using var robots = await RobotListener.StartAsync();
        // 5 March 2013, 09:00: January is 28 days overdue (due 5 February) and February, moved to 8 March, is 3 days off.
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 3, 5, 9, 0, 0, TimeSpan.FromHours(8)));
        using var host = Create(clock, smtpPort: null, new Dictionary<string, string?>
        {
            ["Portal:Reporting:OverdueDays"] = "30",
            ["Portal:Reporting:WebhookPerMinute"] = "1",
            ["Portal:Reporting:Webhooks:reader-services"] = robots.Url("a"),
            ["Portal:Reporting:Webhooks:branches"] = robots.Url("a"), // one group robot for two divisions
            ["Portal:Reporting:Webhooks:ancient-books"] = robots.Url("b"),
        });
        await using (var scope = host.Scope())
        {
            var error = await scope.ServiceProvider.GetRequiredService<DeadlineStore>()
                .SaveAsync(Admin, 2013, 5, [new DeadlineChange(2, new DateOnly(2013, 3, 8), "两会")]);
            Assert.Null(error);
        }
        await host.SaveAsync(new Portal.Figures.FigureWrite("circulation.loans", Own, 1, 84_210, null, null));

        Assert.Equal(new CycleResult(26, 2), await host.RunCycleAsync()); // 13 divisions × 2 months; 1 message a minute per robot
        var first = Assert.Single(robots.To("a"));
        Assert.StartsWith("【填报提醒】2013 年 1 月数据已逾期 28 天（截止 2013-02-05 24:00），以下部门尚有未填报的指标：", first);
        Assert.Contains("· 读者服务部：3 项未填报 http://portal.zjlib.test/entry?division=reader-services&month=1", first);
        Assert.Contains("· 分馆与流通站：1 项未填报 http://portal.zjlib.test/entry?division=branches&month=1", first);
        Assert.DoesNotContain("历史文献部", first);
        Assert.Contains("· 历史文献部（省古籍保护中心）：4 项未填报", Assert.Single(robots.To("b")));

        Assert.Equal(new CycleResult(0, 0), await host.RunCycleAsync()); // the robots' minute is not over
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new CycleResult(0, 2), await host.RunCycleAsync());

        Assert.Equal(2, robots.To("a").Count);
        Assert.StartsWith("【填报提醒】2013 年 2 月数据还有 3 天截止（截止 2013-03-08 24:00）", robots.To("a")[1]);
        Assert.Equal(2, robots.To("b").Count);
        Assert.Equal(4, robots.Received.Count);
    }
}
