using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Portal.Figures;
using Portal.Kpis;
using Portal.Tests.Support;

namespace Portal.Tests.Kpis;

public sealed class KpiDetailTests : PageTestContext
{
    private IRenderedComponent<KpiDetail> Open(string code) => Render<KpiDetail>(ps => ps.Add(p => p.Code, code));

    /// <summary>Switches the history to its second tab, the audit trail (found and clicked in one renderer step).</summary>
    private static Task OpenAuditAsync(IRenderedComponent<KpiDetail> cut)
    {
        cut.WaitForAssertion(() => Assert.True(cut.FindAll(".mud-tab").Count > 1));
        return cut.InvokeAsync(() => cut.FindAll(".mud-tab")[1].ClickAsync(new MouseEventArgs()));
    }

    private static int AuditRows(IRenderedComponent<KpiDetail> cut) => cut.FindAll("[data-table='audit'] tr[data-audit]").Count;

    [Fact]
    public async Task KpiDetail_UnknownCode_SaysNotFoundInsteadOfThrowing()
    {
        await UseDatabaseAsync(demo: false);

        var cut = Open("no.such-kpi");

        Assert.Contains("未找到指标“no.such-kpi”", cut.Find("[data-not-found='kpi']").TextContent);
    }

    [Fact]
    public async Task KpiDetail_OneCourseOfThreeByJune_NeedsTwiceTheRateSoFar()
    {
        await UseDatabaseAsync(demo: false);
        await SaveAsync(new FigureWrite("ancient-books.training-courses", "ancient-books", 6, 1, "第一期培训班结业", 0));

        var cut = Open("ancient-books.training-courses");

        // 3 − 1 = 2 courses over July–December: 2 / 6 = 0.33 a month; so far 1 / 6 = 0.17 a month: twice as fast.
        cut.WaitForAssertion(() => Assert.Contains("第一期培训班结业", cut.Find("[data-table='figures']").TextContent));
        Assert.Equal("0.3 期", cut.Find("[data-rate='needed']").TextContent.Trim());
        Assert.Equal("0.2 期", cut.Find("[data-rate='so-far']").TextContent.Trim());
        Assert.Contains("需比此前快 100.0%", cut.Find("[data-rate='verdict']").TextContent);
        Assert.Contains("距全年目标还差 2 期，剩余 6 个月", cut.Markup);
    }

    [Fact]
    public async Task KpiDetail_DemoLoans_ShowsChartsDivisionsAndTheNoteOnFebruary()
    {
        await UseDatabaseAsync(demo: true);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/kpi/circulation.loans?year=2013");

        var cut = Open("circulation.loans");

        cut.WaitForAssertion(() => Assert.Contains("春节闭馆 7 天", cut.Find("[data-table='figures']").TextContent));
        Assert.NotNull(cut.Find("[data-chart='progress']"));
        Assert.NotNull(cut.Find("[data-chart='monthly-by-division']"));
        Assert.NotNull(cut.Find("[data-chart='division-share']"));
        Assert.Equal(["reader-services", "branches", "mobile-library"], cut.FindAll("tr[data-division]").Select(r => r.GetAttribute("data-division")).Take(3));
        await OpenAuditAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal(36, AuditRows(cut))); // twelve months × three divisions, each created once
    }

    [Fact]
    public async Task KpiDetail_FigureSaved_UpdatesActualAndHistoryWithoutReload()
    {
        await UseDatabaseAsync(demo: false);
        await SaveAsync(new FigureWrite("lectures.high-end", "outreach", 1, 1, null, 0));
        var cut = Open("lectures.high-end");
        await OpenAuditAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal(1, AuditRows(cut)));

        await SaveAsync(new FigureWrite("lectures.high-end", "outreach", 2, 2, "春节后讲座恢复", 0));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("3 场", cut.Find("[data-figure='actual']").TextContent.Trim());
            Assert.Equal(2, cut.FindAll("[data-table='audit'] tr[data-audit]").Count);
            Assert.Contains("春节后讲座恢复", cut.Find("[data-table='audit']").TextContent);
        });
    }

    [Fact]
    public async Task KpiDetail_NoFigures_SaysNoDataAndNeedsTheWholeTarget()
    {
        await UseDatabaseAsync(demo: false);

        var cut = Open("sharing.documentaries");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-empty='figures']")));
        Assert.Contains("本月尚无数据", cut.Find("[data-empty='month']").TextContent);
        // Nothing yet as of January: 6 documentaries over the 11 months left.
        Assert.Equal("0.5 集", cut.Find("[data-rate='needed']").TextContent.Trim());
    }

    [Fact]
    public async Task KpiDetail_BreadcrumbAndLinks_KeepTheChosenMonth()
    {
        await UseDatabaseAsync(demo: true);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/kpi/circulation.loans?month=4");

        var cut = Open("circulation.loans");

        Assert.Contains("截至 4 月", cut.Markup);
        Assert.Contains("href=\"/divisions/branches?month=4\"", cut.Markup);
    }
}
