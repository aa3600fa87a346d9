using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Portal.Entry;

/// <summary>
/// The grid of one sheet. Keyboard moves and multi-line pastes are caught in EntryGrid.razor.js; a paste comes back
/// here as text through <see cref="Paste"/>, and all parsing happens in C#.
/// </summary>
public partial class EntryGrid : IAsyncDisposable
{
    private ElementReference _host;
    private IJSObjectReference? _module, _handle;
    private DotNetObjectReference<EntryGrid>? _self;

    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    [Parameter, EditorRequired] public required EntrySheet Sheet { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }

    /// <summary>Shows the month's figures as text: no inputs, for users who may not enter them.</summary>
    [Parameter] public bool ReadOnly { get; set; }
    /// <summary>Called after a paste that left values over or filled nothing in.</summary>
    [Parameter] public EventCallback<PasteOutcome> OnPasteRefused { get; set; }
    [Parameter] public EventCallback<EntryRow> OnHistory { get; set; }
    [Parameter] public EventCallback OnSave { get; set; }

    /// <summary>Called by the browser with the text pasted into row <paramref name="index"/>'s input.</summary>
    [JSInvokable]
    public async Task Paste(int index, string text)
    {
        var outcome = Sheet.Paste(index, text);
        await OnChanged.InvokeAsync();
        if (!outcome.Complete) await OnPasteRefused.InvokeAsync(outcome);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Entry/EntryGrid.razor.js");
        if (_module is not null) _handle = await _module.InvokeAsync<IJSObjectReference>("attach", _host, _self);
    }

    /// <summary>Called by the browser on Ctrl+S (or ⌘S) anywhere on the page, instead of the browser's own save dialog.</summary>
    [JSInvokable]
    public Task Save() => OnSave.InvokeAsync();

    // Bound with @bind, never value= plus @oninput: only @bind keeps the renderer's copy of the box in step with what
    // the browser sent, so a render answering one keystroke cannot put back an older text over the next (ADR 025).
    private async Task EditAsync(EntryRow row, string? text)
    {
        row.Edit(text);
        await OnChanged.InvokeAsync();
    }

    private static string InputClass(EntryRow row) =>
        "entry-input" + (row.Invalid || row.Conflict is not null ? " invalid" : row.HasChange ? " changed" : "");

    private string ChangedBy(EntryRow row) =>
        row.Stored is { } s ? $"{s.By} · {EntryTime.Format(s.At, Clock, L)}" : L["NeverEntered"];

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_handle is not null) await _handle.InvokeVoidAsync("dispose");
            if (_handle is not null) await _handle.DisposeAsync();
            if (_module is not null) await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone, and its listeners with it.
        }
        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
