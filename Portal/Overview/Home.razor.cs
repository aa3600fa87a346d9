using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Portal.Domain.Engine;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Overview;

/// <summary>The overview: where the plan stands as of a month, section by section and KPI by KPI.</summary>
public partial class Home : LivePlanPage
{
    private IReadOnlyList<KpiRow> _rows = [];
    private IReadOnlyDictionary<KpiStatus, int> _counts = new Dictionary<KpiStatus, int>();
    private KpiStatus? _status;
    private string? _section;

    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<Home> L { get; init; }

    protected override void OnEvaluated()
    {
        _rows = Evaluation is { } e ? KpiRow.From(e) : [];
        _counts = _rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
    }

    protected override void OnYearChanged() => _section = null;

    private void FilterStatus(KpiStatus? status) => _status = status;

    private void FilterSection(string? section) => _section = section;

    private string KpiLink(KpiRow row) => LinkTo($"/kpi/{Uri.EscapeDataString(row.Code)}");

    private void Open(KpiRow row) => Nav.NavigateTo(KpiLink(row));
}
