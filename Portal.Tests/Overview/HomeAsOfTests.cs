using Bunit;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Portal.Data.Demo;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Overview;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.Overview;

/// <summary>
/// The overview opened without a month on 20 April 2014, after 网络技术部 reported its April figure early and the
/// other 12 divisions had not (ADR 026): it stays at March, says so, and offers April with its coverage.
/// </summary>
public sealed class HomeAsOfTests : PageTestContext
{
    private static readonly Plan Plan2014 = PlanFile.Load(RepoPaths.Seed("plan-2014.json"));

    private void UseEarlyApril() => UsePlan(Plan2014,
        DemoFigures.For(Plan2014).Append(new MonthlyFigure("wechat.followers", "technology", 4, 21_870)),
        new FakeTimeProvider(new DateTimeOffset(2014, 4, 20, 2, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Home_OneEarlyDivision_StaysAtTheCompleteMonthAndSaysSo()
    {
        UseEarlyApril();

        var cut = Render<Home>();

        Assert.Contains("截至 3 月 · 各部门已报齐", cut.Markup);
        Assert.Equal(Store.Find(2014)!.Evaluate(3).Kpis.Count(k => k.Status == KpiStatus.AtRisk),
            int.Parse(cut.Find("[data-status-filter='AtRisk']").GetAttribute("data-count")!));
        Assert.Empty(cut.FindAll("[data-status-filter='Pending']"));
    }

    [Fact]
    public async Task Home_AprilChosen_LabelledWithItsCoverage_OwedKpisShow待报()
    {
        UseEarlyApril();
        var popover = Render<MudPopoverProvider>();
        var cut = Render<Home>();

        await cut.MouseDownAsync(".as-of-picker .mud-select .mud-input-control");
        popover.WaitForAssertion(() => Assert.Equal(13, popover.FindAll(".mud-popover-open .mud-list-item").Count));
        var items = popover.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Equal(["已报齐（3 月）", "1 月", "2 月", "3 月", "4 月 · 1/13 部门已报", "5 月（无数据）"], items.Take(6));
        await popover.InvokeAsync(() => popover.FindAll(".mud-popover-open .mud-list-item")[4].ClickAsync(new()));

        cut.WaitForAssertion(() => Assert.Contains("截至 4 月 · 1/13 部门已报", cut.Markup));
        Assert.Equal(0, int.Parse(cut.Find("[data-status-filter='AtRisk']").GetAttribute("data-count")!));
        Assert.Equal(0, int.Parse(cut.Find("[data-status-filter='Behind']").GetAttribute("data-count")!));
        Assert.True(int.Parse(cut.Find("[data-status-filter='Pending']").GetAttribute("data-count")!) >= 20);
        Assert.Equal("待报", cut.Find("td[data-kpi='circulation.loans'] ~ td[data-status]").TextContent.Trim());
    }
}
