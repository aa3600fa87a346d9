using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Divisions;

/// <summary>Divisions side by side at any month: ranking, completion chart and the division × KPI heat map.</summary>
public partial class DivisionsPage : LivePlanPage
{
    private IReadOnlyList<DivisionRow> _rows = [];
    private DivisionMatrix _matrix = new([], []);

    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<DivisionText> L { get; init; }

    protected override void OnEvaluated()
    {
        _rows = Evaluation is { } e ? DivisionRow.Ranked(e) : [];
        _matrix = Evaluation is { } ev ? DivisionMatrix.From(ev) : new([], []);
    }

    private string DivisionLink(string code) => LinkTo($"/divisions/{Uri.EscapeDataString(code)}");

    private string KpiLink(string code) => LinkTo($"/kpi/{Uri.EscapeDataString(code)}");
}
