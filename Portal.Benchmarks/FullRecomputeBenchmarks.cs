using BenchmarkDotNet.Attributes;
using Portal.Domain.Engine;
using Portal.Domain.Figures;

namespace Portal.Benchmarks;

/// <summary>
/// Province scale: 100 libraries × 20 divisions × 50 KPIs × 12 months = 1.2M figures in 100 ledgers.
/// Goal: recompute and evaluate everything in ≤ 20 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EngineBenchmarkConfig))]
public class FullRecomputeBenchmarks
{
    public const int Libraries = 100;

    private FigureLedger[] _ledgers = [];
    private List<MonthlyFigure>[] _records = [];

    [GlobalSetup]
    public void Setup()
    {
        _records = Enumerable.Range(0, Libraries).Select(SyntheticProvince.FiguresFor).ToArray();
        _ledgers = _records.Select(Load).ToArray();
    }

    [Benchmark(Description = "RecomputeAll ×100")]
    public int RecomputeAll()
    {
        foreach (var ledger in _ledgers) ledger.RecomputeAll();
        return _ledgers.Length;
    }

    [Benchmark(Description = "Evaluate ×100")]
    public int EvaluateAll()
    {
        var n = 0;
        foreach (var ledger in _ledgers) n += CompletionEngine.Default.Evaluate(ledger).Kpis.Count;
        return n;
    }

    [Benchmark(Baseline = true, Description = "RecomputeAll + Evaluate ×100")]
    public int RecomputeAndEvaluateAll()
    {
        var n = 0;
        foreach (var ledger in _ledgers)
        {
            ledger.RecomputeAll();
            n += CompletionEngine.Default.Evaluate(ledger).Kpis.Count;
        }
        return n;
    }

    [Benchmark(Description = "AddRange 1.2M records ×100 ledgers")]
    public int LoadFromRecords()
    {
        var n = 0;
        foreach (var records in _records) n += Load(records).Count;
        return n;
    }

    private static FigureLedger Load(List<MonthlyFigure> records)
    {
        var ledger = new FigureLedger(SyntheticProvince.Plan);
        ledger.AddRange(records);
        return ledger;
    }
}
