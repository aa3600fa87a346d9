using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Wall;
using Portal.Wall;

namespace Portal.Tests.Languages;

/// <summary>A wall opened in English (?lang=en) stays English when a save made by a Chinese user is pushed to it.</summary>
public sealed class EnglishWallTests : WallTestContext
{
    [Fact]
    public async Task Push_SavedOnAChineseThread_RendersTheTileAndTickerInEnglish()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        LoadPlan();
        Store.Apply(2013, [Figure("circulation.loans", "reader-services", 9, 700_000)]);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/wall?page=overview");
        var wall = Render<WallDisplay>();
        Assert.Contains("Key targets", wall.Markup);

        // The save arrives from the saving user's request, in Chinese.
        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Store.Apply(2013, [Figure("circulation.loans", "reader-services", 10, 345_000)]);
        });

        wall.WaitForAssertion(() => Assert.Contains("1.05M", wall.Find("[data-kpi='circulation.loans']").TextContent));
        var tile = wall.Find("[data-kpi='circulation.loans']").TextContent;
        Assert.Contains("Achieved", tile);
        Assert.DoesNotContain("目标", tile);
        Assert.DoesNotContain("已完成", tile);
        Assert.DoesNotContain("万", tile);
        Assert.Contains("month 10", wall.Find(".wall-ticker").TextContent);
    }
}
