using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;

namespace Portal.Divisions;

/// <summary>
/// A division's figures month by month for every KPI it carries or has reported, and the months it still owes,
/// read from the ledger in one consistent read.
/// </summary>
public sealed record DivisionFigures(IReadOnlyList<DivisionFigures.Row> Rows, IReadOnlyList<ReportingGap> Gaps)
{
    /// <param name="Values">Index m − 1; null where nothing was reported.</param>
    /// <param name="Carries">Whether the division carries a target for the KPI (and so owes a figure every month).</param>
    public sealed record Row(Kpi Kpi, double?[] Values, bool Carries)
    {
        public bool Owes(int month, int asOf) => Carries && month <= asOf && Values[month - 1] is null;
    }

    public static DivisionFigures Read(PlanState state, string division, int asOf) => state.Read(ledger =>
    {
        var plan = ledger.Plan;
        var d = plan.DivisionIndex(division);
        var rows = new List<Row>();
        for (var k = 0; k < plan.Kpis.Count; k++)
        {
            var values = Enumerable.Range(1, 12).Select(m => ledger.Value(k, d, m)).ToArray();
            var carries = plan.Kpis[k].TargetFor(division) is not null;
            if (carries || values.Any(v => v is not null)) rows.Add(new Row(plan.Kpis[k], values, carries));
        }
        return new DivisionFigures(rows, ReportingGaps.For(ledger, division, asOf));
    });
}
