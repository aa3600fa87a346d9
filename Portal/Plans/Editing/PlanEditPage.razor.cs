using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Resources;

namespace Portal.Plans.Editing;

/// <summary>
/// /plans/edit?year=: an admin changes a published plan (targets and splits, KPIs, items' owners, divisions), each change
/// with a reason, and sees the plan's change history. Follows the feed: an edit made elsewhere shows at once, and a
/// form opened before it is saved against the version it started from, so it is refused as stale instead of overwriting.
/// </summary>
public sealed partial class PlanEditPage
{
    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required PlanFeed Feed { get; init; }
    [Inject] public required PlanEditor Editor { get; init; }
    [Inject] public required IStringLocalizer<PlanEditPage> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }
    [SupplyParameterFromQuery] public int? Year { get; set; }

    private PlanState? _state;
    private LivePlan? _live;
    private EditDraft? _draft;
    private List<PlanAudit> _audit = [];
    private string? _error;
    private string? _done;
    private bool _stale;
    private bool _saving;

    protected override void OnInitialized() => _live = new LivePlan(Store, Feed, InvokeAsync, OnChangedAsync, StateHasChanged);

    protected override async Task OnParametersSetAsync()
    {
        if (!_live!.Follow(Year)) return;
        (_state, _draft, _error, _done) = (_live.State, null, null, null);
        await LoadAuditAsync();
    }

    private Task OnChangedAsync(PlanChanged change) =>
        change.Revision is not null && change.Year == _state?.Plan.Year ? LoadAuditAsync() : Task.CompletedTask;

    private void Open(DraftKind kind, string? code = null)
    {
        var (plan, version) = (_state!.Plan, _state.Version);
        var active = plan.Divisions.Where(d => d.RetiredFrom is null).ToList();
        _draft = kind switch
        {
            DraftKind.Target => EditDraft.ForTarget(plan.Kpi(code!), active, version),
            DraftKind.Joint => EditDraft.ForJoint(plan.Kpi(code!), version),
            DraftKind.MoveItem => new EditDraft { Kind = kind, Version = version, Item = code!, Division = plan.Item(code!)?.OwnerDivision ?? "" },
            DraftKind.RenameDivision => new EditDraft { Kind = kind, Version = version, Code = code!, Name = plan.Division(code!).Name },
            DraftKind.RetireKpi or DraftKind.RetireDivision => new EditDraft { Kind = kind, Version = version, Code = code!, Month = SuggestedMonth(plan.Year) },
            DraftKind.AddKpi => new EditDraft { Kind = kind, Version = version, Lead = active.FirstOrDefault()?.Code ?? "" },
            _ => new EditDraft { Kind = kind, Version = version, Code = code ?? "" },
        };
        (_error, _done, _stale) = (null, null, false);
    }

    /// <summary>This month when the plan is this year's, else January (a past year is closed; a future one has not begun).</summary>
    private int SuggestedMonth(int year)
    {
        var now = ChinaTime.Now(Clock);
        return now.Year == year ? now.Month : 1;
    }

    private void Cancel() => (_draft, _error) = (null, null);

    private async Task SaveAsync()
    {
        if (_draft is not { } draft || _state is null) return;
        _saving = true;
        try
        {
            PlanEdit edit;
            try
            {
                edit = draft.ToEdit();
            }
            catch (DomainException e)
            {
                (_error, _stale) = (e.Message, false);
                return;
            }
            var user = Authentication is null ? new System.Security.Claims.ClaimsPrincipal() : (await Authentication).User;
            var outcome = await Editor.ApplyAsync(_state.Plan.Year, edit, draft.Version, draft.Reason, user);
            if (outcome.Ok) (_draft, _error, _done) = (null, null, L["Saved", outcome.Version]);
            else (_error, _stale) = (outcome.Error, outcome.Stale);
            await LoadAuditAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task LoadAuditAsync()
    {
        if (_state is null) return;
        _audit = await Editor.HistoryAsync(_state.Plan.Year, 200);
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    public async ValueTask DisposeAsync()
    {
        if (_live is not null) await _live.DisposeAsync();
    }
}
