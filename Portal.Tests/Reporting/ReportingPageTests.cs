using Portal.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Reporting.Notices;
using static Portal.Tests.Support.Reporting.ReminderHost;

namespace Portal.Tests.Reporting;

public sealed class ReportingPageTests : ReportingPageContext
{
    [Fact]
    public async Task Board_TeamLead_SeesOwnDivision_AndUpdatesLiveAsFiguresArrive()
    {
        SignIn("lihua", PortalRoles.TeamLead, Own);

        var cut = RenderBoard(3);

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-division='reader-services'] [data-status='missing']").Count));
        Assert.Single(cut.FindAll("[data-division]"));
        Assert.Contains("截止时间：2013-04-05 24:00", cut.Find("[data-deadline]").TextContent);
        Assert.Contains("距截止还有 3 天", cut.Find("[data-deadline]").TextContent);

        await Host.SaveAsync(March("circulation.loans", Own, 98_450));

        cut.WaitForAssertion(() => Assert.Equal("reported", cut.Find("[data-kpi='circulation.loans']").GetAttribute("data-status")));
        var row = cut.Find("[data-kpi='circulation.loans']").TextContent;
        Assert.Contains("98,450", row);
        Assert.Contains("测试", row);
        Assert.Contains("已填报 1/4", cut.Find("[data-counts]").TextContent);
        Assert.Contains("已填报 1 / 4 项；已提交 0 / 1 个部门", cut.Find("[data-summary]").TextContent);

        cut.Find("input[data-only-missing], [data-only-missing] input").Change(true);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-kpi='circulation.loans']")));
        Assert.Equal(3, cut.FindAll("[data-status='missing']").Count);
    }

    [Fact]
    public async Task Board_SubmitWithGaps_AsksForAReason_ThenClosesTheMonth()
    {
        SignIn("lihua", PortalRoles.TeamLead, Own);
        await Host.SaveAsync(March("circulation.loans", Own, 98_450), March("circulation.visits", Own, 212_000), March("readers.total-cards", Own, 281_300));
        var cut = RenderBoard(3);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-action='submit']")));

        await cut.ClickAsync("[data-action='submit']");
        Assert.Equal("还有 1 项未填报：新办读者证。如确需提交，请填写原因。", cut.Find("[data-gaps]").TextContent.Trim());
        await cut.ClickAsync("[data-action='confirm-submit']");
        cut.WaitForAssertion(() => Assert.Contains("请填写原因", cut.Find("[data-message]").TextContent));
        Assert.Equal("open", cut.Find("[data-division]").GetAttribute("data-state"));

        cut.Find("[data-confirm='submit'] textarea").Change("新办证系统停机，下月补报");
        await cut.ClickAsync("[data-action='confirm-submit']");

        cut.WaitForAssertion(() => Assert.Equal("submitted", cut.Find("[data-division]").GetAttribute("data-state")));
        Assert.Contains("lihua 提交：新办证系统停机，下月补报", cut.Find("[data-steps]").TextContent);
        Assert.Empty(cut.FindAll("[data-action='review']")); // a team lead does not review
        await using var scope = Host.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().MonthClosures.AnyAsync(c => c.Division == Own && c.Month == 3));
    }

    [Fact]
    public async Task Board_Director_ReturnsWithAComment_AndEveryDivisionIsListed()
    {
        SignIn("director", PortalRoles.Director);
        await using (var scope = Host.Scope())
            await scope.ServiceProvider.GetRequiredService<Portal.Reporting.SubmissionService>().SubmitAsync(Admin, 2013, Own, 3, "测试提交");
        var cut = RenderBoard(3);
        cut.WaitForAssertion(() => Assert.Equal(13, cut.FindAll("[data-division]").Count));

        await cut.ClickAsync("[data-division='reader-services'] [data-action='return']");
        cut.Find("[data-confirm='return'] textarea").Change("新办读者证不应为空");
        await cut.ClickAsync("[data-action='confirm-return']");

        cut.WaitForAssertion(() => Assert.Equal("returned", cut.Find("[data-division='reader-services']").GetAttribute("data-state")));
        Assert.Contains("director 退回：新办读者证不应为空", cut.Find("[data-division='reader-services'] [data-steps]").TextContent);
    }

    [Fact]
    public async Task Badge_AfterAReminder_CountsWhatIsOwed_AndClearsWhenTheMonthIsComplete()
    {
        SignIn("zhangmin", PortalRoles.Staff, Own);
        await Host.SaveAsync(March("circulation.loans", Own, 98_450), March("circulation.visits", Own, 212_000));
        var badge = Render<OwedBadge>();
        badge.WaitForAssertion(() => Assert.Equal("0", badge.Find("[data-owed]").GetAttribute("data-owed")));

        await Host.RunCycleAsync(); // three days before March's deadline: the reminder (and its notice) goes out

        badge.WaitForAssertion(() => Assert.Equal("1", badge.Find("[data-owed]").GetAttribute("data-owed")));
        await using (var scope = Services.CreateAsyncScope())
        {
            var user = Support.TestAccounts.Principal("zhangmin", PortalRoles.Staff, Own);
            var item = Assert.Single(await scope.ServiceProvider.GetRequiredService<OwedNotices>().ForAsync(user));
            Assert.Equal(("/entry?division=reader-services&month=3", 2, false), (item.Link, item.Missing, item.Overdue));
        }

        await Host.SaveAsync(March("readers.new-cards", Own, 1_860), March("readers.total-cards", Own, 281_300));

        badge.WaitForAssertion(() => Assert.Equal("0", badge.Find("[data-owed]").GetAttribute("data-owed")));
    }
}
