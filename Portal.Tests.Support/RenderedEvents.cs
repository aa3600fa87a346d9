using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Portal.Tests.Support;

/// <summary>
/// Raises an event on the element a selector finds at that moment, for pages that also re-render from other threads
/// (a live-feed update, the rest of an async save). bUnit's <c>Click()</c> returns at once when the renderer is busy,
/// and an element found before a re-render carries event handler ids that no longer exist. Here the element is found
/// and the event dispatched in one step on the renderer's dispatcher, so no render can come in between, and the
/// returned task completes once the handler and its render have finished: what follows reads the new markup.
/// </summary>
public static class RenderedEvents
{
    /// <summary>How long a handler may take before the test fails instead of hanging (a save on a busy runner).</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static Task ClickAsync<T>(this IRenderedComponent<T> cut, string selector) where T : IComponent =>
        Raise(cut, selector, e => e.ClickAsync(new MouseEventArgs()));

    public static Task MouseDownAsync<T>(this IRenderedComponent<T> cut, string selector) where T : IComponent =>
        Raise(cut, selector, e => e.MouseDownAsync(new MouseEventArgs()));

    public static Task InputAsync<T>(this IRenderedComponent<T> cut, string selector, string value) where T : IComponent =>
        Raise(cut, selector, e => e.InputAsync(new ChangeEventArgs { Value = value }));

    private static Task Raise<T>(IRenderedComponent<T> cut, string selector, Func<IElement, Task> raise) where T : IComponent =>
        cut.InvokeAsync(() => raise(cut.Find(selector))).WaitAsync(Limit);
}
