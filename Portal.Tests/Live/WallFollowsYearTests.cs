using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Live;
using Portal.Tests.Support;
using Portal.Tests.Wall;
using Portal.Wall;

namespace Portal.Tests.Live;

/// <summary>The wall follows the year of its address on every navigation, not only the first (ADR 030).</summary>
public sealed class WallFollowsYearTests : WallTestContext
{
    [Fact]
    public async Task NavigatedFrom2013To2014_Shows2014_AndFollowsItsFigures()
    {
        LoadPlan();
        Store.Load(TwoYears.Plan2014, []);
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("/wall?year=2013&page=overview");
        var wall = Render<WallDisplay>();
        Assert.Contains("2013", wall.Find(".wall-plan").TextContent);

        await wall.InvokeAsync(() => nav.NavigateTo("/wall?year=2014&page=overview"));
        wall.WaitForAssertion(() => Assert.Contains("2014", wall.Find(".wall-plan").TextContent));
        Store.Apply(2014, [new FigureChange(2014, "ancient-books.repaired-pages", "ancient-books", 3, 2_700, null, "测试用户",
            new DateTimeOffset(2014, 3, 31, 2, 0, 0, TimeSpan.Zero))]);

        wall.WaitForAssertion(() => Assert.Contains("历史文献部 · 3月 · 古籍修复", wall.Find(".wall-ticker").TextContent));
        Assert.Equal(1, Feed.SubscriberCount);
    }
}
