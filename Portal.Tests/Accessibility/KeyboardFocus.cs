using System.Text.Json;
using Microsoft.Playwright;

namespace Portal.Tests.Accessibility;

/// <summary>Where the keyboard's focus is, as a test sees it: the element, its name, and whether its ring shows.</summary>
public sealed record FocusedElement(string Tag, string Name, bool Ring, bool Visible, string Html)
{
    public override string ToString() => $"<{Tag}> \"{Name}\" ring={Ring} visible={Visible}: {Html}";
}

/// <summary>
/// Moves through a page with keys only and checks every stop: focus is on a visible element with a name (never the
/// page body), drawn with a ring of at least 2 px that is not transparent (WCAG 2.4.7, 2.4.11).
/// </summary>
public static class KeyboardFocus
{
    private const string Describe = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const color = s.outlineColor.replace(/\s/g, '');
          const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
            && color !== 'transparent' && !/^rgba\(.*,0\)$/.test(color);
          const label = e.labels && e.labels.length ? e.labels[0].textContent : '';
          const name = (e.getAttribute('aria-label') || label || e.getAttribute('title') || e.innerText || e.value || '').trim();
          return JSON.stringify({ tag: e.tagName.toLowerCase(), name, ring,
            visible: r.width > 0 && r.height > 0 && s.visibility !== 'hidden', html: e.outerHTML.slice(0, 240) });
        }
        """;

    private static async Task<FocusedElement?> FocusedAsync(IPage page) =>
        await page.EvaluateAsync<string?>(Describe) is { } json ? JsonSerializer.Deserialize<FocusedElement>(json, JsonSerializerOptions.Web) : null;

    /// <summary>The focused element, after checking that it is one a keyboard user can see and tell apart.</summary>
    public static async Task<FocusedElement> AssertVisibleAsync(IPage page, string step)
    {
        var focused = await FocusedAsync(page);
        if (focused is null) Assert.Fail($"{step}: focus fell back to the page body");
        Assert.True(focused.Visible, $"{step}: the focused element is not visible: {focused}");
        Assert.True(focused.Name.Length > 0, $"{step}: the focused element has no name: {focused}");
        Assert.True(focused.Ring, $"{step}: the focused element shows no focus ring: {focused}");
        return focused;
    }

    /// <summary>
    /// Waits until the focus is on (or inside) an element matching <paramref name="selector"/> (a render may still be
    /// on its way), then checks it.
    /// </summary>
    public static async Task<FocusedElement> AssertOnAsync(IPage page, string selector, string step)
    {
        try
        {
            await page.WaitForFunctionAsync("s => document.activeElement && document.activeElement.closest(s) !== null", selector,
                new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            var at = await FocusedAsync(page);
            Assert.Fail($"{step}: focus is not on {selector} but on {(at?.ToString() ?? "the page body")}");
        }
        return await AssertVisibleAsync(page, step);
    }

    /// <summary>
    /// Presses <paramref name="key"/> (Tab or Shift+Tab) until the focus is on (or inside) an element matching
    /// <paramref name="selector"/>, checking every stop on the way; fails after <paramref name="most"/> presses.
    /// </summary>
    public static async Task<FocusedElement> MoveToAsync(IPage page, string key, string selector, string step, int most = 60)
    {
        for (var i = 1; i <= most; i++)
        {
            await page.Keyboard.PressAsync(key);
            var focused = await AssertVisibleAsync(page, $"{step}, {key} ×{i}");
            if (await page.EvaluateAsync<bool>("s => document.activeElement.closest(s) !== null", selector)) return focused;
        }
        Assert.Fail($"{step}: {most} presses of {key} did not reach {selector}");
        return null!;
    }
}
