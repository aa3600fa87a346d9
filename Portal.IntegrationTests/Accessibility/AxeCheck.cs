using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.IntegrationTests.Accessibility;

/// <summary>What axe found on one page: the serious and critical violations fail a test, the others are listed.</summary>
public sealed record AxeFindings(IReadOnlyList<string> Failing, IReadOnlyList<string> Moderate);

/// <summary>
/// Runs axe-core (injected through Playwright's evaluate, which the portal's CSP does not block) with the WCAG
/// 2.0–2.2 A/AA rules, and names every finding by impact, rule, target and page.
/// </summary>
public static class AxeCheck
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly string[] Fails = ["serious", "critical"];

    public static async Task<AxeFindings> RunAsync(IPage page, string label)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() } });
        var failing = result.Violations.Where(v => Fails.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => $"{label}: {v.Impact} {v.Id} at {n.Target} ({Shorten(n.Html)})")).ToList();
        var moderate = result.Violations.Where(v => !Fails.Contains(v.Impact))
            .Select(v => $"{label}: {v.Impact} {v.Id} ×{v.Nodes.Count()} ({v.Nodes.First().Target})").ToList();
        return new AxeFindings(failing, moderate);
    }

    private static string Shorten(string html) => html.Length <= 200 ? html : html[..200] + "…";
}
