using BenchmarkDotNet.Attributes;
using Portal.Domain.PlanImport;

namespace Portal.Benchmarks;

/// <summary>
/// Extracting the 2013 seed (8 sections, 41 items, 23 targets; 11 KB of text), warm: outline, quantities,
/// distractor rules, names and quotes. Goal ≤ 100 ms (issue 12).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EngineBenchmarkConfig))]
public class PlanExtractionBenchmarks
{
    private string _seed = "";

    [GlobalSetup]
    public void Setup() => _seed = File.ReadAllText(FindSeed("zhejiang-library-2013-work-plan.txt"));

    [Benchmark]
    public int ExtractSeed2013() => PlanExtractor.Extract(_seed).Targets.Count;

    private static string FindSeed(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "seeds", name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"seeds/{name} not found above {AppContext.BaseDirectory}.");
    }
}
