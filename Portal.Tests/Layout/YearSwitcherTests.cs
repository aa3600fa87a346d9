using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Components.Layout;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.Plans;

namespace Portal.Tests.Layout;

public sealed class YearSwitcherTests : PageTestContext
{
    /// <summary>The switcher with a popover provider, where MudMenu renders its items.</summary>
    private IRenderedComponent<IComponent> RenderSwitcher()
    {
        UseStore(demo: false);
        Adopt(2014);
        var host = Render(b =>
        {
            b.OpenComponent<MudPopoverProvider>(0);
            b.CloseComponent();
            b.OpenComponent<YearSwitcher>(1);
            b.CloseComponent();
        });
        return host;
    }

    private void Adopt(int year) =>
        Store.Adopt(PlanFile.Parse(PlanJsons.Year(year)), new PlanRevision(1, PlanJsons.Year(year)), ChangeOrigin.ThisInstance);

    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Switcher_WithoutYearInTheAddress_ShowsTheDefaultYear()
    {
        var cut = RenderSwitcher();

        Assert.Equal("2014", cut.Find("[data-year-switcher]").GetAttribute("data-year-switcher"));
        Assert.Contains("2014 年度", cut.Markup);
    }

    [Fact]
    public async Task Switch_KeepsThePageAndItsQuery_AndSetsTheYear()
    {
        var cut = RenderSwitcher();
        Nav.NavigateTo("/divisions/branches?month=5");

        await cut.ClickAsync("[data-year-switcher] button");
        cut.WaitForElement("[data-year='2013']");
        await cut.ClickAsync("[data-year='2013']");

        // MudMenuItem may run OnClick after closing its menu: wait for the navigation rather than assume it is done.
        cut.WaitForAssertion(() => Assert.Equal("http://localhost/divisions/branches?month=5&year=2013", Nav.Uri));
        cut.WaitForAssertion(() => Assert.Equal("2013", cut.Find("[data-year-switcher]").GetAttribute("data-year-switcher")));
    }

    [Fact]
    public async Task YearPublishedWhileOpen_IsListedWithoutAReload()
    {
        var cut = RenderSwitcher();
        await cut.ClickAsync("[data-year-switcher] button");
        cut.WaitForElement("[data-year='2014']");

        Adopt(2012);

        cut.WaitForAssertion(() => Assert.Equal(["2014", "2013", "2012"], cut.FindAll("[data-year]").Select(e => e.GetAttribute("data-year"))));
    }
}
