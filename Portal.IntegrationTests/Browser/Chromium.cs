namespace Portal.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium, launched by Playwright (no browser download is possible here). Locally a missing Chromium
/// skips the browser tests; with PORTAL_REQUIRE_BROWSER=1 (CI) they run and fail instead.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("PORTAL_REQUIRE_BROWSER") == "1";

    public static string[] Args =>
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static string? SkipReason => Required || File.Exists(ExecutablePath) ? null
        : $"Chromium not found at {ExecutablePath}: install Debian's chromium (apt-get install chromium) or set PORTAL_CHROMIUM. "
          + "CI sets PORTAL_REQUIRE_BROWSER=1, which makes these tests fail instead of skipping.";
}

/// <summary>A test that needs Chromium: skipped with the reason above when it is missing and not required.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that needs Chromium: skipped with the reason above when it is missing and not required.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
