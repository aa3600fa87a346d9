using Microsoft.Playwright;

namespace Portal.IntegrationTests.Browser;

/// <summary>One Chromium for the whole browser collection; each test opens its own context. A launch failure fails the tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started.");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return;
        // Expect(…) waits for a condition; its default 5 s is too short for a circuit to connect on a loaded
        // two-core runner. A longer bound costs nothing when the condition holds early.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Chromium.ExecutablePath, Args = Chromium.Args, Headless = true,
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Chromium at {Chromium.ExecutablePath} did not start: {e.Message}", e);
        }
    }

    /// <summary>A TV-sized context: 1920×1080, the library's time zone.</summary>
    public Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new()
    {
        ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Browser tests run one at a time: each starts real servers and Chromium pages, which would otherwise compete for two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
