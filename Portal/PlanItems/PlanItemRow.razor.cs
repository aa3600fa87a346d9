using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;
using Portal.Resources;

namespace Portal.PlanItems;

/// <summary>One task of the plan: full text, status, percentage, owner, note, its KPIs, and the editor when open.</summary>
public sealed partial class PlanItemRow
{
    [Inject] public required IStringLocalizer<PlanPage> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> T { get; init; }

    [Parameter, EditorRequired] public required PlanItem Item { get; set; }
    [Parameter, EditorRequired] public required TrackedItem Tracked { get; set; }
    [Parameter, EditorRequired] public required PlanEvaluation Evaluation { get; set; }
    [Parameter, EditorRequired] public required PlanState State { get; set; }
    [Parameter] public bool Editing { get; set; }

    /// <summary>Whether this user may change the task's progress (the service checks again, as the user is now).</summary>
    [Parameter] public bool CanEdit { get; set; }
    [Parameter] public EventCallback OnEdit { get; set; }
    [Parameter] public EventCallback<TrackedItem?> OnClosed { get; set; }

    private List<KpiResult> _kpis = [];
    private object? _shown, _next;

    private string OwnerName => Evaluation.Plan.HasDivision(Tracked.Owner) ? Evaluation.Plan.Division(Tracked.Owner).Name : Tracked.Owner;

    protected override void OnParametersSet()
    {
        _kpis = Evaluation.Kpis.Where(k => k.Kpi.ItemCode == Item.Code).ToList();
        _next = (Tracked, Editing, CanEdit, string.Join("|", _kpis.Select(k => $"{k.Completion:R}/{k.Status}")));
    }

    // Every change of the plan gives every row a new evaluation; only rows whose task or KPIs changed re-render.
    protected override bool ShouldRender() => !Equals(_shown, _next);

    protected override void OnAfterRender(bool firstRender) => _shown = _next;
}
