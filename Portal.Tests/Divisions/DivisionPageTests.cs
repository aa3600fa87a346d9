using Bunit;
using Portal.Divisions;
using Portal.Figures;
using Portal.Tests.Support;

namespace Portal.Tests.Divisions;

public sealed class DivisionPageTests : PageTestContext
{
    private IRenderedComponent<DivisionPage> Open(string code) => Render<DivisionPage>(ps => ps.Add(p => p.Code, code));

    [Fact]
    public async Task DivisionPage_UnreportedMonths_AreListedAndMarkedInTheGrid()
    {
        await UseDatabaseAsync(demo: false);
        await SaveAsync(
            new FigureWrite("readers.new-cards", "reader-services", 1, 1_744, null, 0),
            new FigureWrite("readers.new-cards", "reader-services", 2, 1_674, "寒假办证高峰", 0),
            new FigureWrite("readers.new-cards", "reader-services", 4, 1_600, null, 0));

        var cut = Open("reader-services");

        Assert.Equal("新办读者证：3月", cut.Find("[data-gap='readers.new-cards']").TextContent.Trim());
        Assert.Equal("累计办理读者证：1月、2月、3月、4月", cut.Find("[data-gap='readers.total-cards']").TextContent.Trim());
        var missing = cut.FindAll("tr[data-kpi='readers.new-cards'] td[data-missing]").Select(td => td.GetAttribute("data-month"));
        Assert.Equal(["3"], missing);
        cut.WaitForAssertion(() => Assert.Contains("寒假办证高峰", cut.Find("[data-note='readers.new-cards']").TextContent));
    }

    [Fact]
    public async Task DivisionPage_Demo_ShowsItsKpisAndTheTasksItOwns()
    {
        await UseDatabaseAsync(demo: true);

        var cut = Open("reader-services");

        var kpis = cut.FindAll("[data-table='division-kpis'] tr[data-kpi]").Select(r => r.GetAttribute("data-kpi"));
        Assert.Equal(["readers.new-cards", "readers.total-cards", "circulation.loans", "circulation.visits"], kpis);
        Assert.Equal(["三.4", "四.1", "四.3"], cut.FindAll("[data-item]").Select(e => e.GetAttribute("data-item")));
        Assert.NotNull(cut.Find("[data-gaps='none']"));
    }

    [Fact]
    public async Task DivisionPage_Contributor_ShowsItsPartWithoutATarget()
    {
        await UseDatabaseAsync(demo: true);

        var cut = Open("branches");

        Assert.Equal("Role.Split", cut.Find("tr[data-kpi='circulation.loans'] [data-role]").GetAttribute("data-role"));
        Assert.Equal("Role.Contributes", cut.Find("tr[data-kpi='circulation.visits'] [data-role]").GetAttribute("data-role"));
    }

    [Fact]
    public async Task DivisionPage_UnknownCode_SaysNotFoundInsteadOfThrowing()
    {
        await UseDatabaseAsync(demo: false);

        var cut = Open("no-such-division");

        Assert.Contains("未找到部门“no-such-division”", cut.Find("[data-not-found='division']").TextContent);
    }

    [Fact]
    public async Task DivisionPage_DivisionWithoutKpis_ShowsItsTasksAndOwesNothing()
    {
        await UseDatabaseAsync(demo: false);

        var cut = Open("office");

        Assert.Contains("不承担量化指标", cut.Markup);
        Assert.NotNull(cut.Find("[data-gaps='not-owed']"));
        Assert.Equal(16, cut.FindAll("[data-item]").Count);
    }
}
