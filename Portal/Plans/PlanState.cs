using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Plans;

/// <summary>
/// The live state of one plan year on this server: its ledger and the latest evaluation. Writers apply committed
/// changes under a lock; readers take the immutable <see cref="Current"/> evaluation without locking.
/// </summary>
public sealed class PlanState
{
    public const int RecentCapacity = 50;
    private readonly Lock _gate = new();
    private readonly FigureLedger _ledger;
    private readonly CompletionEngine _engine;
    private volatile PlanEvaluation _current;
    private volatile IReadOnlyList<FigureChange> _recent = [];

    public PlanState(Plan plan, IEnumerable<MonthlyFigure> figures, CompletionEngine engine)
    {
        _engine = engine;
        _ledger = new FigureLedger(plan);
        _ledger.AddRange(figures);
        _current = engine.Evaluate(_ledger);
    }

    public Plan Plan => _ledger.Plan;

    /// <summary>The evaluation at the latest reported month, updated after every applied change.</summary>
    public PlanEvaluation Current => _current;

    /// <summary>The latest committed changes, newest first (for tickers and "latest entries").</summary>
    public IReadOnlyList<FigureChange> Recent => _recent;

    public PlanEvaluation Evaluate(int? asOf)
    {
        var current = _current;
        if (asOf is null || asOf == current.AsOf) return current;
        lock (_gate) return _engine.Evaluate(_ledger, asOf);
    }

    /// <summary>Reads the ledger consistently (monthly series for charts, last month's values for the grid).</summary>
    public T Read<T>(Func<FigureLedger, T> read)
    {
        lock (_gate) return read(_ledger);
    }

    public PlanEvaluation Apply(IReadOnlyCollection<FigureChange> changes)
    {
        lock (_gate)
        {
            if (changes.Count > Plan.Kpis.Count) ApplyInBulk(changes);
            else foreach (var c in changes) _ledger.Set(c.Kpi, c.Division, c.Month, c.Value);
            _recent = changes.Reverse().Take(RecentCapacity).Concat(_recent).Take(RecentCapacity).ToList();
            return _current = _engine.Evaluate(_ledger);
        }
    }

    /// <summary>
    /// A large batch (an import) sets the raw values and recomputes the ledger once: cheaper than recomputing a
    /// KPI's row per change once there are more changes than KPIs. The writer has validated the values already.
    /// </summary>
    private void ApplyInBulk(IReadOnlyCollection<FigureChange> changes)
    {
        foreach (var c in changes)
            _ledger.SetRaw(Plan.KpiIndex(c.Kpi), Plan.DivisionIndex(c.Division), Months.Require(c.Month), c.Value ?? double.NaN);
        _ledger.RecomputeAll();
    }
}
