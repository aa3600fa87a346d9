using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Divisions;

/// <summary>
/// The division × KPI comparison: a row per KPI, a column per division that takes part in any KPI, and in each cell
/// that division's part (null where it has none). Divisions that carry no KPI have no column.
/// </summary>
public sealed record DivisionMatrix(IReadOnlyList<Division> Columns, IReadOnlyList<DivisionMatrix.Row> Rows)
{
    public sealed record Row(KpiResult Kpi, IReadOnlyList<DivisionShare?> Cells);

    public static DivisionMatrix From(PlanEvaluation evaluation)
    {
        var involved = evaluation.Kpis.SelectMany(k => k.Divisions).Select(s => s.Division).ToHashSet();
        var columns = evaluation.Plan.Divisions.Where(d => involved.Contains(d.Code)).ToList();
        var rows = evaluation.Kpis.Select(k => new Row(k,
            columns.Select(c => k.Divisions.FirstOrDefault(s => s.Division == c.Code)).ToList())).ToList();
        return new DivisionMatrix(columns, rows);
    }
}
