using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>
/// The figures of one plan in dense arrays, with each KPI's actual-as-of-month kept up to date. A change to one
/// figure recomputes only that KPI's row (O(divisions × 12)), so a save never walks the whole plan.
/// Not thread-safe: the owner serialises writes.
/// </summary>
public sealed class FigureLedger
{
    internal const int Months = 12;
    private readonly int _kpis, _divisions;
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
            throw new DomainException($"“{Plan.Kpis[k].Name}”在 {figure.Month} 月已有 {Plan.Divisions[d].Name} 的数据，不能重复添加；如需修改请编辑原数据。", "month");
        Set(k, d, figure.Month, figure.Value);
    }

    /// <summary>Adds many figures, then recomputes once: the fast path for start-up and imports.</summary>
    public void AddRange(IEnumerable<MonthlyFigure> figures)
    {
        foreach (var f in figures)
        {
            var (k, d) = Resolve(f);
            var i = Cell(k, d, f.Month);
            if (!double.IsNaN(_values[i]))
                throw new DomainException($"“{Plan.Kpis[k].Name}”在 {f.Month} 月已有 {Plan.Divisions[d].Name} 的数据，不能重复添加。", "month");
            _values[i] = f.Value;
        }
        RecomputeAll();
    }

    /// <summary>Sets (or with null, removes) a figure and updates its KPI incrementally. Returns the previous value.</summary>
    public double? Set(string kpi, string division, int month, double? value)
    {
        var k = Plan.KpiIndex(kpi);
        var d = Plan.DivisionIndex(division);
        if (value is { } v) FigureValue.Require(Plan.Kpis[k], v);
        return Set(k, d, Figures.Months.Require(month), value);
    }

    /// <summary>Index-based set for callers that already resolved codes (bulk loads, benchmarks).</summary>
    public double? Set(int k, int d, int month, double? value)
    {
        var i = Cell(k, d, month);
        var old = _values[i];
        var next = value ?? double.NaN;
        if (double.IsNaN(old) != double.IsNaN(next))
        {
            var delta = double.IsNaN(next) ? -1 : 1;
            _perMonth[month] += delta;
            Count += delta;
        }
        _values[i] = next;
        RecomputeRow(k, d);
        RecomputeKpi(k);
        return double.IsNaN(old) ? null : old;
    }

    /// <summary>Sets raw values without recomputing; call <see cref="RecomputeAll"/> afterwards.</summary>
    public void SetRaw(int k, int d, int month, double value) => _values[Cell(k, d, month)] = value;

    public double? Value(int k, int d, int month) => Nullable(_values[Cell(k, d, month)]);

    /// <summary>The sum of all divisions' figures in one month (the bar of a monthly chart).</summary>
    public double? MonthTotal(int k, int month)
    {
        var sum = 0.0;
        var any = false;
        for (var d = 0; d < _divisions; d++)
        {
            var v = _values[Cell(k, d, month)];
            if (double.IsNaN(v)) continue;
            sum += v;
            any = true;
        }
        return any ? sum : null;
    }

    /// <summary>The KPI's actual as of month m: flow figures summed, stock levels the latest per division, summed.</summary>
    public double ActualAt(int k, int month) => month <= 0 ? 0 : _kpiActual[k * Months + month - 1];

    public bool HasDataAt(int k, int month) => month > 0 && _kpiReporting[k * Months + month - 1] > 0;

    /// <summary>A division's actual as of month m, or null when it has not reported yet.</summary>
    public double? DivisionActualAt(int k, int d, int month) => month <= 0 ? null : Nullable(_divActual[Cell(k, d, month)]);

    public void RecomputeAll()
    {
        Array.Clear(_perMonth);
        Count = 0;
        for (var i = 0; i < _values.Length; i++)
        {
            if (double.IsNaN(_values[i])) continue;
            _perMonth[i % Months + 1]++;
            Count++;
        }
        for (var k = 0; k < _kpis; k++)
        {
            for (var d = 0; d < _divisions; d++) RecomputeRow(k, d);
            RecomputeKpi(k);
        }
    }

    private void RecomputeRow(int k, int d)
    {
        var start = Cell(k, d, 1);
        var flow = Plan.Kpis[k].Aggregation == Aggregation.Flow;
        var running = double.NaN;
        for (var m = 0; m < Months; m++)
        {
            var v = _values[start + m];
            if (!double.IsNaN(v)) running = flow && !double.IsNaN(running) ? running + v : v;
            _divActual[start + m] = running;
        }
    }

    private void RecomputeKpi(int k)
    {
        Span<double> sum = stackalloc double[Months];
        Span<int> reporting = stackalloc int[Months];
        for (var d = 0; d < _divisions; d++)
        {
            var start = Cell(k, d, 1);
            for (var m = 0; m < Months; m++)
            {
                var v = _divActual[start + m];
                if (double.IsNaN(v)) continue;
                sum[m] += v;
                reporting[m]++;
            }
        }
        sum.CopyTo(_kpiActual.AsSpan(k * Months, Months));
        reporting.CopyTo(_kpiReporting.AsSpan(k * Months, Months));
    }

    private (int Kpi, int Division) Resolve(MonthlyFigure f)
    {
        var k = Plan.KpiIndex(f.Kpi);
        var d = Plan.DivisionIndex(f.Division);
        FigureValue.Require(Plan.Kpis[k], f.Value);
        return (k, d);
    }

    private int Cell(int k, int d, int month) => (k * _divisions + d) * Months + month - 1;

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;
}
