using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Browser;

/// <summary>Records what a page printed as errors and how often its main frame navigated (a reload counts).</summary>
public sealed class PageWatch
{
    private readonly List<string> _errors = [];
    private readonly Lock _gate = new();

    public PageWatch(IPage page)
    {
        page.Console += (_, m) => { if (m.Type == "error") Add($"console: {m.Text}"); };
        page.PageError += (_, e) => Add($"page error: {e}");
        page.FrameNavigated += (_, f) => { if (f == page.MainFrame) Interlocked.Increment(ref _navigations); };
    }

    private int _navigations;

    public int Navigations => Volatile.Read(ref _navigations);

    public IReadOnlyList<string> Errors
    {
        get { lock (_gate) return _errors.ToList(); }
    }

    public void AssertNoErrors(int from = 0) => Assert.True(Errors.Count <= from, string.Join(Environment.NewLine, Errors.Skip(from)));

    private void Add(string error)
    {
        lock (_gate) _errors.Add(error);
    }

    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(Portal.Tests.Support.RepoPaths.Root(), "TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
