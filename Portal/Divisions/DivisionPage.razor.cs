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

namespace Portal.Divisions;

/// <summary>One division: the KPIs it carries, its figures month by month, what it still owes, and its tasks.</summary>
public partial class DivisionPage : LivePlanPage
{
    private Division? _division;
    private DivisionRow? _row;
    private DivisionFigures? _figures;
    private IReadOnlyList<(KpiResult Kpi, DivisionShare Share)> _shares = [];
    private IReadOnlyList<PlanItem> _items = [];
    private List<BreadcrumbItem> _crumbs = [];
    private IReadOnlyList<FigureRecord>? _stored;
    private (int Year, string Code)? _loaded;

    [Parameter] public string Code { get; set; } = "";

    [Inject] public required FigureQueries Queries { get; init; }
    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<DivisionText> L { get; init; }

    protected override void OnEvaluated()
    {
        _division = Evaluation is { } e && e.Plan.HasDivision(Code) ? e.Plan.Division(Code) : null;
        if (Evaluation is not null && _division is null) AnswerNotFound();
        if (_division is null || State is null)
        {
            _row = null;
            _figures = null;
            return;
        }
        var eval = Evaluation!;
        _row = DivisionRow.Ranked(eval).First(r => r.Division.Code == Code);
        _figures = DivisionFigures.Read(State, Code, eval.AsOf);
        _shares = eval.Kpis.SelectMany(k => k.Divisions.Where(s => s.Division == Code).Select(s => (k, s))).ToList();
        _items = eval.Plan.Items.Where(i => i.OwnerDivision == Code).ToList();
        _crumbs = [new(T["Nav.Divisions"], LinkTo("/divisions")), new(_division.Name, null, disabled: true)];
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_division is null || State is null) return;
        var key = (State.Plan.Year, Code);
        if (_loaded == key) return;
        _loaded = key;
        _stored = null;
        await LoadStoredAsync();
    }

    protected override Task OnFiguresChangedAsync(PlanChanged change) =>
        change.Changes.Any(c => c.Division == Code) ? LoadStoredAsync() : Task.CompletedTask;

    private Task LoadStoredAsync() => State is not { } state ? Task.CompletedTask
        : ReadOneAtATimeAsync(async () => _stored = await Queries.FiguresAsync(state.Plan.Year, division: Code));

    private string KpiName(string code) => Evaluation?.Plan is { } p && p.HasKpi(code) ? p.Kpi(code).Name : code;

    private string KpiLink(string code) => LinkTo($"/kpi/{Uri.EscapeDataString(code)}");
}
