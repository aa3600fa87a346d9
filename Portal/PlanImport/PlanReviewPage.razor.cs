using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Portal.Accounts;
using Portal.Domain.PlanDrafts;
using Portal.Domain.Plans;
using Portal.Resources;
using Portal.Shared;

using Portal.Addresses;

namespace Portal.PlanImport;

/// <summary>
/// Review before publishing (/plans/new/{id}): the document on the left, each target's quote marked; the draft on the
/// right (targets, sections and items, divisions). Every edit is stored at once; publishing is refused while any
/// issue is left.
/// </summary>
public sealed partial class PlanReviewPage
{
    [Inject] public required PlanDraftService Drafts { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required PortalTitle AppTitle { get; init; }
    [Inject] public required IStringLocalizer<PlanReviewText> L { get; init; }

    [Parameter] public int Id { get; set; }
    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    private DraftSession? _session;
    private DocumentText? _document;
    private ElementReference _side;
    private string? _selected;
    private string? _reveal;
    private string? _selectionMessage;
    private string? _refused;
    private Plan? _published;
    private bool _publishing;
    private bool _confirmDiscard;
    private int _tab;

    protected override async Task OnParametersSetAsync()
    {
        if (_session?.Id == Id) return;
        var by = Authentication is null ? new System.Security.Claims.ClaimsPrincipal() : (await Authentication).User;
        var session = new DraftSession(Drafts, by, new DraftSessionText(L["Conflict"], L["Publishing"]));
        session.Changed += Changed;
        await session.LoadAsync(Id);
        if (_session is not null) _session.Changed -= Changed;
        _session = session;
    }

    private void Changed() => _ = InvokeAsync(StateHasChanged);

    /// <summary>
    /// Opens a target (from the table, its quote or an issue): the document scrolls to its quote, and its row to the top
    /// of the table with its editor under it.
    /// </summary>
    private void Select(string id) => (_selected, _tab, _reveal) = (id, 0, id);

    /// <summary>Scrolls once the editor row is on the page, so that it is in view with its row.</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_reveal is not { } id || _document is null) return;
        _reveal = null;
        await _document.ScrollToAsync(id);
        await _document.RevealAsync(_side, $"[data-target=\"{id}\"]");
    }

    private async Task<(string Quote, int Offset)?> SelectionAsync()
    {
        _selectionMessage = null;
        var picked = _document is null ? null : await _document.SelectionAsync();
        if (picked is null) _selectionMessage = L["Select.None"];
        return picked;
    }

    private async Task AddTargetAsync()
    {
        if (_session is not { } s || await SelectionAsync() is not { } picked) return;
        var item = s.Draft.AllItems().FirstOrDefault(i => i.Text.Contains(picked.Quote, StringComparison.Ordinal))?.Code
                   ?? s.Draft.Target(_selected ?? "")?.Item ?? "";
        var target = DraftFactory.FromSelection(s.Draft, picked.Quote, picked.Offset, item);
        await s.EditAsync(L["Change.Added", picked.Quote], d => d.Targets.Add(target));
        if (s.Draft.Target(target.Id) is not null) Select(target.Id);
    }

    private async Task AddSectionAsync()
    {
        if (_session is not { } s || await SelectionAsync() is not { } picked) return;
        var label = Label().Match(picked.Quote);
        var section = new DraftSection
        {
            Code = label.Success ? label.Groups[1].Value : (s.Draft.Sections.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = label.Success ? picked.Quote[label.Length..].Trim() : picked.Quote,
        };
        await s.EditAsync(L["Change.SectionAdded", section.Code, section.Title], d => d.Sections.Add(section));
        _tab = 1;
    }

    private async Task AddItemAsync()
    {
        if (_session is not { } s || await SelectionAsync() is not { } picked) return;
        if (s.Draft.AllSections().LastOrDefault() is not { } section)
        {
            _selectionMessage = L["Select.NoSection"];
            return;
        }
        var code = $"{section.Code}.{section.Items.Count + 1}";
        var text = ItemLabel().Replace(picked.Quote, "", 1).Trim();
        await s.EditAsync(L["Change.ItemAdded", code], d =>
            d.AllSections().First(x => x.Code == section.Code).Items.Add(new DraftItem { Code = code, Text = text }));
        _tab = 1;
    }

    /// <summary>全部接受建议: every suggested link in one stored edit, each one named in the draft's change note.</summary>
    private Task AcceptAllAsync()
    {
        if (_session is not { } s) return Task.CompletedTask;
        var suggestions = PreviousKpis.All(s.Draft, s.LastYear);
        if (suggestions.Count == 0) return Task.CompletedTask;
        var linked = suggestions.Select(a => L["Previous.Linked", a.Target.Name.Length > 0 ? a.Target.Name : a.Target.Code, a.Suggestion.Kpi.Name, a.Suggestion.Kpi.Code].Value);
        return s.EditAsync(L["Change.AcceptedAll", suggestions.Count, string.Join("；", linked)], d => PreviousKpis.AcceptAll(d, s.LastYear));
    }

    private async Task PublishAsync()
    {
        if (_session is not { } s) return;
        (_publishing, _refused) = (true, null);
        try
        {
            _published = await s.PublishAsync();
            if (_published is null && s.Conflict is null) _refused = L["Publish.Refused", s.Issues.Count];
        }
        finally
        {
            _publishing = false;
        }
    }

    private async Task DiscardAsync()
    {
        try
        {
            await Drafts.DiscardAsync(Id, Authentication is null ? new() : (await Authentication).User);
        }
        catch (Accounts.Acting.WriteForbiddenException e)
        {
            _session?.Refuse(e.Message);
            return;
        }
        Navigation.NavigateTo(Navigation.Under("/plans/new"));
    }

    /// <summary>A section heading's label: 一、</summary>
    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+)[、.．]")]
    private static partial Regex Label();

    /// <summary>An item's number label: 1. 1、 （1）.</summary>
    [GeneratedRegex(@"^\s*(\d+[.．、]|[（(]\d+[）)])")]
    private static partial Regex ItemLabel();

    public void Dispose()
    {
        if (_session is not null) _session.Changed -= Changed;
    }
}
