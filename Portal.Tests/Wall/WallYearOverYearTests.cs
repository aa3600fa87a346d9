using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Support;
using Portal.Wall;
using static Portal.Tests.Support.TwoYears;

namespace Portal.Tests.Wall;

/// <summary>The wall's tiles say how each KPI compares with the same month last year (see <see cref="TwoYears"/>).</summary>
public sealed class WallYearOverYearTests : WallTestContext
{
    private IRenderedComponent<WallDisplay> RenderOverview()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/wall?page=overview");
        return Render<WallDisplay>();
    }

    [Fact]
    public void Tile_TwoYears_ShowsTheChangeSinceTheSameMonthLastYear()
    {
        Store.Load(Plan2013, Figures2013);
        Store.Load(Plan2014, Figures2014);

        var wall = RenderOverview();

        Assert.Equal("较去年 1、3 月 ▲ +10.0%", wall.Find($"[data-kpi='{Visits}'] [data-yoy]").TextContent.Trim());
        Assert.Contains("kpi-yoy--up", wall.Find($"[data-kpi='{Visits}'] [data-yoy]").ClassName);
        Assert.Equal("较去年同期 ▼ -10.0%", wall.Find($"[data-kpi='{Loans}'] [data-yoy]").TextContent.Trim());
        Assert.Contains("kpi-yoy--down", wall.Find($"[data-kpi='{Loans}'] [data-yoy]").ClassName);
        // 中、高端讲座: two last March, none yet this year: nothing to compare, no line.
        Assert.Empty(wall.FindAll($"[data-kpi='{Lectures}'] [data-yoy]"));
    }

    [Fact]
    public void Tile_SaveThisYear_UpdatesTheChangeLive()
    {
        Store.Load(Plan2013, Figures2013);
        Store.Load(Plan2014, Figures2014);
        var wall = RenderOverview();

        // 2014 February's visits come in late: 66,000. Jan–Mar 253,000 against 230,000: still +10%, now all three months.
        Store.Apply(2014, [new(2014, Visits, "reader-services", 2, 66_000, null, "测试", DateTimeOffset.UnixEpoch)]);
        Store.Apply(2014, [new(2014, Loans, "reader-services", 3, 69_000, 54_000, "测试", DateTimeOffset.UnixEpoch)]);

        // Loans: 45,000 + 36,000 + 69,000 = 150,000, the same as 2013.
        wall.WaitForAssertion(() => Assert.Equal("较去年同期 0.0%", wall.Find($"[data-kpi='{Loans}'] [data-yoy]").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Tile_OnlyOneYear_HasNoYearOverYearLine()
    {
        LoadPlan();

        var wall = RenderOverview();

        Assert.NotEmpty(wall.FindAll("[data-kpi]"));
        Assert.Empty(wall.FindAll("[data-yoy]"));
    }
}
