using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Briefing;
using Portal.Tests.Support;

namespace Portal.Tests.Report;

public sealed class ReportPageTests : PortalPageContext
{
    [Fact]
    public async Task ReportPage_February_ListsMoversAndDivisionsNotReported()
    {
        await ReportFigures.AddAsync(Factory);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/report?month=2");

        var cut = RenderPage<BriefingPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-movers] li")));
        Assert.Equal(["lectures.high-end", "local-docs.acquired", "circulation.loans", "republican-docs.surveyed"],
            cut.FindAll("[data-movers] li").Select(li => li.GetAttribute("data-kpi")));
        Assert.Contains("+16.7", cut.Find("[data-movers] li").TextContent);
        Assert.Equal(9, cut.FindAll("[data-not-reported] li").Count);
        Assert.Contains("汽车图书馆（缺 1/1 项：外借文献）", cut.Find("[data-not-reported]").TextContent);
        Assert.Contains("外聘普查人员 3 月到岗", cut.Find("[data-risks] [data-kpi='republican-docs.surveyed']").TextContent);
        Assert.Equal("18.3%", cut.Find("[data-report-kpis] [data-kpi='local-docs.acquired'] [data-completion]").TextContent);
        Assert.Equal("+10.0", cut.Find("[data-report-kpis] [data-kpi='local-docs.acquired'] [data-change]").TextContent);
    }

    [Fact]
    public async Task ReportPage_FigureSaved_UpdatesLive()
    {
        var cut = RenderPage<BriefingPage>();
        Assert.NotNull(cut.Find("[data-empty]"));

        await ReportFigures.AddAsync(Factory);

        cut.WaitForAssertion(() => Assert.Contains("2 月工作简报", cut.Markup));
    }

    [Fact]
    public async Task ReportPage_EmptyPlan_SaysNoDataThisMonth()
    {
        using var client = await Factory.CreateAdminClientAsync();

        var html = await client.GetStringAsync("/report");

        Assert.Contains("本月尚无数据", html);
    }

    [Fact]
    public async Task ReportPage_MonthOutOfRange_SaysWhichMonthsAreValid()
    {
        using var client = await Factory.CreateAdminClientAsync();

        var response = await client.GetAsync("/report?month=13");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("月份必须在 1 到 12 之间，收到的是 13", await response.Content.ReadAsStringAsync());
    }
}
