using BenchmarkDotNet.Attributes;
using Portal.Domain.Engine;

namespace Portal.Benchmarks;

/// <summary>What one save costs: one figure changed in one library's ledger, then that plan re-evaluated. Goal ≤ 1 ms.</summary>
[MemoryDiagnoser]
[Config(typeof(EngineBenchmarkConfig))]
public class IncrementalUpdateBenchmarks
{
    private FigureLedger _ledger = null!;
    private int _k, _d, _flip;

    [GlobalSetup]
    public void Setup()
    {
        _ledger = new FigureLedger(SyntheticProvince.Plan);
        _ledger.AddRange(SyntheticProvince.FiguresFor(7));
        _k = SyntheticProvince.Plan.KpiIndex("kpi-13");  // a flow KPI
        _d = SyntheticProvince.Plan.DivisionIndex("div-14");
    }

    [Benchmark(Baseline = true, Description = "Set + Evaluate (one save)")]
    public int SetAndEvaluate()
    {
        _ledger.Set(_k, _d, 6, (_flip ^= 1) == 0 ? 1_234 : 1_240);
        return CompletionEngine.Default.Evaluate(_ledger).Kpis.Count;
    }

    [Benchmark(Description = "Set only")]
    public double? Set() => _ledger.Set(_k, _d, 6, (_flip ^= 1) == 0 ? 1_234 : 1_240);

    [Benchmark(Description = "Evaluate only")]
    public int Evaluate() => CompletionEngine.Default.Evaluate(_ledger).Kpis.Count;
}
