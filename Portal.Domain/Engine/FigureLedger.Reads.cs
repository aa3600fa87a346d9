using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>Reading the ledger: checked public accessors, and unchecked ones for the engine's hot path.</summary>
public sealed partial class FigureLedger
{
    public double? Value(int k, int d, int month) => Nullable(_values[CheckedCell(k, d, month)]);

    /// <summary>Every figure held, by code (notes are not kept in the ledger): to carry the figures over to a revised plan.</summary>
    public IEnumerable<MonthlyFigure> AllFigures()
    {
        for (var k = 0; k < _kpis; k++)
        for (var d = 0; d < _divisions; d++)
        for (var m = 1; m <= Months; m++)
            if (!double.IsNaN(_values[Cell(k, d, m)])) yield return new MonthlyFigure(Plan.Kpis[k].Code, Plan.Divisions[d].Code, m, _values[Cell(k, d, m)]);
    }

    /// <summary>How many figures a KPI holds over all divisions and months.</summary>
    public int CountOf(int k)
    {
        var n = 0;
        for (var d = 0; d < _divisions; d++)
        for (var m = 1; m <= Months; m++)
            if (!double.IsNaN(_values[Cell(k, d, m)])) n++;
        return n;
    }

    /// <summary>How many figures a division holds over all KPIs and months.</summary>
    public int CountOfDivision(int d)
    {
        var n = 0;
        for (var k = 0; k < _kpis; k++)
        for (var m = 1; m <= Months; m++)
            if (!double.IsNaN(_values[Cell(k, d, m)])) n++;
        return n;
    }

    /// <summary>The sum of all divisions' figures in one month (the bar of a monthly chart).</summary>
    public double? MonthTotal(int k, int month)
    {
        var first = CheckedCell(k, 0, month);
        var sum = 0.0;
        var any = false;
        for (var d = 0; d < _divisions; d++)
        {
            var v = _values[first + d * Months];
            if (double.IsNaN(v)) continue;
            sum += v;
            any = true;
        }
        return any ? sum : null;
    }

    /// <summary>The KPI's actual as of month m: flow figures summed, stock levels the latest per division, summed.</summary>
    /// <remarks>Month 0 and below mean before the year (nothing done yet); past December is refused.</remarks>
    public double ActualAt(int k, int month) => InYear(month) ? _kpiActual[KpiCell(k, month)] : 0;

    public bool HasDataAt(int k, int month) => InYear(month) && _kpiReporting[KpiCell(k, month)] > 0;

    /// <summary>A division's actual as of month m, or null when it has not reported yet.</summary>
    public double? DivisionActualAt(int k, int d, int month) =>
        InYear(month) ? Nullable(_divActual[CheckedCell(k, d, month)]) : null;

    // Unchecked, for the engine: k and d are in range and month ≤ 12; month ≤ 0 is before the year.
    internal double ActualIn(int k, int month) => month <= 0 ? 0 : _kpiActual[k * Months + month - 1];
    internal int ReportingIn(int k, int month) => month <= 0 ? 0 : _kpiReporting[k * Months + month - 1];
    internal double RawValue(int k, int d, int month) => _values[Cell(k, d, month)];
    internal double DivisionActualIn(int k, int d, int month) => month <= 0 ? double.NaN : _divActual[Cell(k, d, month)];

    /// <summary>
    /// The cell of a caller-supplied position. The array is dense, so an unchecked month 13 or division index
    /// would silently land on the next row.
    /// </summary>
    private int CheckedCell(int k, int d, int month)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)k, (uint)_kpis, nameof(k));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)d, (uint)_divisions, nameof(d));
        return Cell(k, d, Figures.Months.Require(month));
    }

    private int KpiCell(int k, int month)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)k, (uint)_kpis, nameof(k));
        return k * Months + month - 1;
    }

    /// <summary>False before the year (month ≤ 0); refuses a month past December.</summary>
    private static bool InYear(int month) => month > 0 && Figures.Months.Require(month) > 0;

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;
}
