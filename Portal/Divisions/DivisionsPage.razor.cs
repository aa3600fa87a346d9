using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Divisions;

/// <summary>Divisions side by side at any month: ranking, completion chart and the division × KPI heat map.</summary>
public partial class DivisionsPage : LivePlanPage
{
    private IReadOnlyList<DivisionRow> _rows = [];
    private DivisionMatrix _matrix = new([], []);
    private PlanEvaluation? _lastYear;
    private bool _byChange;

    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<DivisionText> L { get; init; }

    protected override void OnEvaluated()
    {
        _lastYear = Evaluation is { } now ? Store.Find(now.Plan.Year - 1)?.Evaluate(now.AsOf) : null;
        _byChange &= _lastYear is not null;
        _rows = Evaluation is { } e ? DivisionRow.Ranked(e, _lastYear, _byChange) : [];
        _matrix = Evaluation is { } ev ? DivisionMatrix.From(ev) : new([], []);
    }

    private void RankBy(bool byChange)
    {
        _byChange = byChange;
        OnEvaluated();
    }

    private string DivisionLink(string code) => LinkTo($"/divisions/{Uri.EscapeDataString(code)}");

    private string KpiLink(string code) => LinkTo($"/kpi/{Uri.EscapeDataString(code)}");
}
