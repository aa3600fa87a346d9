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
    private long _applied;

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

    /// <summary>How many batches have been applied: lets a resynchronisation tell whether it raced a save.</summary>
    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>The changes that would make this plan hold exactly <paramref name="stored"/> (cells absent there are deleted).</summary>
    public IReadOnlyList<FigureChange> Differences(IReadOnlyDictionary<(string Kpi, string Division, int Month), double> stored, string by, DateTimeOffset at)
    {
        var plan = Plan;
        var changes = new List<FigureChange>();
        lock (_gate)
        {
            for (var k = 0; k < plan.Kpis.Count; k++)
            for (var d = 0; d < plan.Divisions.Count; d++)
            for (var m = 1; m <= 12; m++)
            {
                var (kpi, division) = (plan.Kpis[k].Code, plan.Divisions[d].Code);
                var have = _ledger.Value(k, d, m);
                double? want = stored.TryGetValue((kpi, division, m), out var v) ? v : null;
                if (have != want) changes.Add(new FigureChange(plan.Year, kpi, division, m, want, have, by, at));
            }
        }
        return changes;
    }

    public PlanEvaluation Apply(IReadOnlyCollection<FigureChange> changes)
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _applied);
            foreach (var c in changes) _ledger.Set(c.Kpi, c.Division, c.Month, c.Value);
            _recent = changes.Reverse().Take(RecentCapacity).Concat(_recent).Take(RecentCapacity).ToList();
            return _current = _engine.Evaluate(_ledger);
        }
    }
}
