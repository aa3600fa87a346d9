using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// The figures of one plan in dense arrays, with each KPI's actual-as-of-month kept up to date. A change to one
/// figure recomputes only that KPI's row (O(divisions × 12)), so a save never walks the whole plan.
/// Not thread-safe: the owner serialises writes.
/// </summary>
public sealed partial class FigureLedger
{
    internal const int Months = 12;
    private readonly int _kpis, _divisions;
    private readonly bool[] _isFlow;         // [k]
    private readonly double[] _values;       // [k, d, m-1]; NaN = no figure
    private readonly double[] _divActual;    // [k, d, m-1]; actual as of m; NaN = nothing reported yet
    private readonly double[] _kpiActual;    // [k, m-1]
    private readonly int[] _kpiReporting;    // [k, m-1]: divisions with a figure at or before m
    private readonly int[] _perMonth = new int[Months + 1];

    public FigureLedger(Plan plan)
    {
        Plan = plan;
        _kpis = plan.Kpis.Count;
        _divisions = plan.Divisions.Count;
        _isFlow = plan.Kpis.Select(k => k.Aggregation == Aggregation.Flow).ToArray();
        _values = new double[_kpis * _divisions * Months];
        _divActual = new double[_values.Length];
        _kpiActual = new double[_kpis * Months];
        _kpiReporting = new int[_kpis * Months];
        Array.Fill(_values, double.NaN);
        Array.Fill(_divActual, double.NaN);
    }

    public Plan Plan { get; }
    public int Count { get; private set; }

    /// <summary>The latest month that has any figure, or null when nothing has been reported.</summary>
    public int? LatestMonth
    {
        get
        {
            for (var m = Months; m >= 1; m--) if (_perMonth[m] > 0) return m;
            return null;
        }
    }

    /// <summary>Adds a figure; refuses a second figure for the same KPI, division and month.</summary>
    public void Add(MonthlyFigure figure)
    {
        var (k, d) = Resolve(figure);
        if (!double.IsNaN(_values[Cell(k, d, figure.Month)]))
            throw new DomainException(EngineText.Text.Format("Ledger.DuplicateEdit", Plan.Kpis[k].Name, figure.Month, Plan.Divisions[d].Name), "month");
        Set(k, d, figure.Month, figure.Value);
    }

    /// <summary>
    /// Adds many figures, then recomputes once: the fast path for start-up and imports. All or nothing: if one
    /// figure is refused, none of them is kept.
    /// </summary>
    public void AddRange(IEnumerable<MonthlyFigure> figures)
    {
        var written = new List<int>(figures.TryGetNonEnumeratedCount(out var n) ? n : 0);
        string? kpi = null, division = null;
        int k = 0, d = 0;
        try
        {
            foreach (var f in figures)
            {
                // Imports come grouped by KPI and division: skip the lookups while the codes repeat.
                if (f.Kpi != kpi) (k, kpi) = (Plan.KpiIndex(f.Kpi), f.Kpi);
                if (f.Division != division) (d, division) = (Plan.DivisionIndex(f.Division), f.Division);
                FigureValue.Require(Plan.Kpis[k], f.Value);
                var i = Cell(k, d, f.Month);
                if (!double.IsNaN(_values[i]))
                    throw new DomainException(EngineText.Text.Format("Ledger.Duplicate", Plan.Kpis[k].Name, f.Month, Plan.Divisions[d].Name), "month");
                _values[i] = f.Value;
                written.Add(i);
            }
        }
        catch
        {
            foreach (var i in written) _values[i] = double.NaN;  // every written cell was empty before
            throw;
        }
        RecomputeAll();
    }

    /// <summary>Sets (or with null, removes) a figure and updates its KPI incrementally. Returns the previous value.</summary>
    public double? Set(string kpi, string division, int month, double? value) =>
        Set(Plan.KpiIndex(kpi), Plan.DivisionIndex(division), month, value);

    /// <summary>Index-based set for callers that already resolved codes (bulk loads, benchmarks).</summary>
    public double? Set(int k, int d, int month, double? value)
    {
        var i = CheckedCell(k, d, month);
        if (value is { } v) FigureValue.Require(Plan.Kpis[k], v);
        var old = _values[i];
        var next = value ?? double.NaN;
        if (double.IsNaN(old) != double.IsNaN(next))
        {
            var delta = double.IsNaN(next) ? -1 : 1;
            _perMonth[month] += delta;
            Count += delta;
        }
        _values[i] = next;
        RecomputeKpi(k, d);
        return double.IsNaN(old) ? null : old;
    }

    /// <summary>Sets a raw value (null clears the cell) without recomputing; call <see cref="RecomputeAll"/> afterwards.</summary>
    public void SetRaw(int k, int d, int month, double? value) =>
        _values[CheckedCell(k, d, month)] = value is { } v ? FigureValue.Require(Plan.Kpis[k], v) : double.NaN;

    /// <summary>Rebuilds every running total and count from the figures.</summary>
    public void RecomputeAll()
    {
        Span<double> sum = stackalloc double[Months];
        Span<int> reporting = stackalloc int[Months];
        Span<int> perMonth = stackalloc int[Months];
        for (var k = 0; k < _kpis; k++)
        {
            sum.Clear();
            reporting.Clear();
            for (var d = 0; d < _divisions; d++)
            {
                var start = Cell(k, d, 1);
                Row(_values.AsSpan(start, Months), _divActual.AsSpan(start, Months), _isFlow[k], sum, reporting, perMonth);
            }
            sum.CopyTo(_kpiActual.AsSpan(k * Months, Months));
            reporting.CopyTo(_kpiReporting.AsSpan(k * Months, Months));
        }
        perMonth.CopyTo(_perMonth.AsSpan(1));
        Count = 0;
        foreach (var c in perMonth) Count += c;
    }

    /// <summary>
    /// Recomputes one KPI after a change to one division's row: that row in full, the others from their stored
    /// running totals, summed in division order exactly as <see cref="RecomputeAll"/> does.
    /// </summary>
    private void RecomputeKpi(int k, int changed)
    {
        Span<double> sum = stackalloc double[Months];
        Span<int> reporting = stackalloc int[Months];
        Span<int> unused = stackalloc int[Months];
        for (var d = 0; d < _divisions; d++)
        {
            var start = Cell(k, d, 1);
            if (d == changed) Row(_values.AsSpan(start, Months), _divActual.AsSpan(start, Months), _isFlow[k], sum, reporting, unused);
            else AddRow(_divActual.AsSpan(start, Months), sum, reporting);
        }
        sum.CopyTo(_kpiActual.AsSpan(k * Months, Months));
        reporting.CopyTo(_kpiReporting.AsSpan(k * Months, Months));
    }

    /// <summary>
    /// One pass over a division's row: its running actual (flow figures summed, the latest stock level carried),
    /// added into the KPI's monthly sums, and its figures counted per month.
    /// </summary>
    private static void Row(ReadOnlySpan<double> values, Span<double> actual, bool flow,
        Span<double> sum, Span<int> reporting, Span<int> figures)
    {
        var running = double.NaN;
        for (var m = 0; m < Months; m++)
        {
            var v = values[m];
            if (!double.IsNaN(v))
            {
                running = flow && !double.IsNaN(running) ? running + v : v;
                figures[m]++;
            }
            actual[m] = running;
            if (double.IsNaN(running)) continue;
            sum[m] += running;
            reporting[m]++;
        }
    }

    private static void AddRow(ReadOnlySpan<double> actual, Span<double> sum, Span<int> reporting)
    {
        for (var m = 0; m < Months; m++)
        {
            var v = actual[m];
            if (double.IsNaN(v)) continue;
            sum[m] += v;
            reporting[m]++;
        }
    }

    private (int Kpi, int Division) Resolve(MonthlyFigure f)
    {
        var k = Plan.KpiIndex(f.Kpi);
        var d = Plan.DivisionIndex(f.Division);
        FigureValue.Require(Plan.Kpis[k], f.Value);
        return (k, d);
    }

    private int Cell(int k, int d, int month) => (k * _divisions + d) * Months + month - 1;
}
