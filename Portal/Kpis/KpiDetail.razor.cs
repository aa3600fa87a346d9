using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Figures;
using Portal.Live;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Kpis;

/// <summary>One KPI in depth: why it stands where it does, who contributes, and what it would take to finish.</summary>
public partial class KpiDetail : LivePlanPage
{
    private KpiResult? _result;
    private KpiSeries? _series;
    private RequiredRate? _rate;
    private PlanItem? _item;
    private JointTotal? _joint;
    private List<BreadcrumbItem> _crumbs = [];
    private IReadOnlyList<FigureRecord>? _figures;
    private IReadOnlyList<FigureAudit>? _audit;
    private (int Year, string Code)? _loaded;

    [Parameter] public string Code { get; set; } = "";

    [Inject] public required FigureQueries Queries { get; init; }
    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<KpiText> L { get; init; }

    private string LeadName => _result is { } r ? Evaluation!.Plan.Division(r.Kpi.LeadDivision).Name : "";

    protected override void OnEvaluated()
    {
        var plan = Evaluation?.Plan;
        _result = plan is not null && plan.HasKpi(Code) ? Evaluation!.Kpi(Code) : null;
        if (plan is not null && _result is null) AnswerNotFound();
        if (_result is not { } r || State is null)
        {
            _series = null;
            return;
        }
        _series = KpiSeries.Read(State, r.Kpi, Evaluation!.AsOf, Evaluation.LastYear?.Kpi(r.Kpi.Previous));
        _rate = _series.Required(r.Kpi, Evaluation.AsOf);
        _item = plan!.Item(r.Kpi.ItemCode);
        _joint = State.Joint(r.Kpi.Code);
        _crumbs = [new(T["Nav.Overview"], LinkTo("/")), new(r.Kpi.Name, null, disabled: true)];
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_result is null || State is null) return;
        var key = (State.Plan.Year, Code);
        if (_loaded == key) return;
        _loaded = key;
        _figures = null;
        _audit = null;
        await LoadHistoryAsync();
    }

    protected override Task OnFiguresChangedAsync(PlanChanged change) =>
        change.Changes.Any(c => c.Kpi == Code) ? LoadHistoryAsync() : Task.CompletedTask;

    private Task LoadHistoryAsync() => State is not { } state ? Task.CompletedTask : ReadOneAtATimeAsync(async () =>
    {
        _figures = await Queries.FiguresAsync(state.Plan.Year, Code);
        _audit = await Queries.AuditAsync(state.Plan.Year, Code);
    });

    private string DivisionLink(string division) => LinkTo($"/divisions/{Uri.EscapeDataString(division)}");
}
