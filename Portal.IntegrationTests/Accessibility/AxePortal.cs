using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.PlanImport;
using Portal.IntegrationTests.Browser;
using Portal.Tests.Support.PlanImport;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Accessibility;

/// <summary>
/// One portal with the demo data for all accessibility checks (starting one per case would dominate the run), with
/// a plan draft so that /plans/new/{id} has a real page to show.
/// </summary>
public sealed class AxePortal : IAsyncLifetime
{
    private LivePortal? _portal;

    public LivePortal Portal => _portal ?? throw new InvalidOperationException("The portal was not started.");

    public int DraftId { get; private set; }

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return;
        _portal = LivePortal.Start(demo: true);
        await using var scope = _portal.Services.CreateAsyncScope();
        DraftId = (await scope.ServiceProvider.GetRequiredService<PlanDraftService>()
            .CreateAsync("plan-2014.docx", Plan2014.Extracted(), global::Portal.Tests.Support.TestWriters.Admin("无障碍测试"))).Id;
    }

    /// <summary>
    /// A context in a language, chosen the standard ASP.NET way (the culture cookie), so the test needs no change
    /// once the English UI exists: until then the English pass renders the Chinese UI.
    /// </summary>
    public async Task<IBrowserContext> ContextAsync(IBrowser browser, string language, int width = 1366, int height = 900)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, Locale = language == "en" ? "en-US" : "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={Culture(language)}|uic={Culture(language)}", Url = Portal.Url("/") }]);
        return context;
    }

    private static string Culture(string language) => language == "en" ? "en" : "zh-CN";

    /// <summary>Opens a page and waits until it is interactive (the wall has its own layout and marker).</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        if (url.Contains("/login", StringComparison.Ordinal)) return;
        var marker = url.Contains("/wall", StringComparison.Ordinal) ? ".wall-root[data-interactive='true']" : "[data-interactive='true']";
        await Expect(page.Locator(marker)).ToHaveCountAsync(1);
    }

    public async Task DisposeAsync()
    {
        if (_portal is not null) await _portal.DisposeAsync();
    }
}
