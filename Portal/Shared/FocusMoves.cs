using Microsoft.JSInterop;

namespace Portal.Shared;

/// <summary>
/// Moves keyboard focus to an element by CSS selector, for controls Blazor holds no reference to (a MudBlazor
/// component's inner button, a row's button in another component). Call it after the render that shows the element.
/// </summary>
public static class FocusMoves
{
    public static Task FocusAsync(this IJSRuntime js, string selector) => CallAsync(js, "focus", selector);

    /// <summary>Focuses the first control inside the element: a panel's first field or button.</summary>
    public static Task FocusFirstAsync(this IJSRuntime js, string selector) => CallAsync(js, "focusFirst", selector);

    private static async Task CallAsync(IJSRuntime js, string function, string selector)
    {
        try
        {
            var module = await js.InvokeAsync<IJSObjectReference?>("import", "./keyboard.js");
            if (module is null) return; // a test renderer without a browser
            await using (module) await module.InvokeVoidAsync(function, selector);
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone: there is no focus to move.
        }
    }
}
