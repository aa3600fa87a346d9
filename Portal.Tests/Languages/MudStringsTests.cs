using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Portal.Languages;

namespace Portal.Tests.Languages;

/// <summary>MudBlazor's own words (aria-labels, pager text) in the page's language: a Chinese reader meets no English.</summary>
public sealed class MudStringsTests : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

    public MudStringsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddPortalLanguages();
    }

    [Theory]
    [InlineData("zh-CN", "关闭")]
    [InlineData("en", "Close")]
    public void AlertCloseButton_IsNamedInThePageLanguage(string culture, string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var alert = Render<MudAlert>(p => p.Add(a => a.ShowCloseIcon, true).AddChildContent("已保存 2 项。"));

        Assert.Equal(name, alert.Find("button").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("zh-CN", "导航路径")]
    [InlineData("en", "Breadcrumb")]
    public void Breadcrumbs_AreNamedInThePageLanguage(string culture, string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var crumbs = Render<MudBreadcrumbs>(p => p.Add(b => b.Items, [new BreadcrumbItem("总览", "/")]));

        Assert.Equal(name, crumbs.Find("nav").GetAttribute("aria-label"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        await base.DisposeAsync();
    }
}
