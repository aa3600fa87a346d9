using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Portal.Domain.Engine;
using Portal.Live;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Overview;

/// <summary>The overview: where the plan stands as of a month, section by section and KPI by KPI.</summary>
public partial class Home : LivePlanPage
{
    private IReadOnlyList<KpiRow> _rows = [];
    private IReadOnlyDictionary<KpiStatus, int> _counts = new Dictionary<KpiStatus, int>();
    private int _retired;
    private StatusFilter _status;
    private string? _section;

    [Inject] public required IStringLocalizer<SharedText> T { get; init; }
    [Inject] public required IStringLocalizer<Home> L { get; init; }

    protected override void OnEvaluated()
    {
        _rows = Evaluation is { } e ? KpiRow.From(e) : [];
        _counts = _rows.Where(r => !r.Retired).GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        _retired = _rows.Count(r => r.Retired);
        if (_retired == 0 && _status.Retired) _status = StatusFilter.All; // its chip is gone: nothing left to clear it with

    }

    protected override void OnYearChanged() => _section = null;

    private void FilterStatus(StatusFilter status) => _status = status;

    private void FilterSection(string? section) => _section = section;

    private string KpiLink(KpiRow row) => LinkTo($"/kpi/{Uri.EscapeDataString(row.Code)}");

    private void Open(KpiRow row) => Nav.NavigateTo(KpiLink(row));
}
