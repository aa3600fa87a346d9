using BenchmarkDotNet.Running;

namespace Portal.Benchmarks;

public static class Program
{
    /// <summary>
    /// Without arguments prints how to run; otherwise hands over to BenchmarkSwitcher, which understands
    /// --help, --list flat, --filter '*' and --job short.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.WriteLine("""
                Benchmarks: the completion engine (FullRecomputeBenchmarks, IncrementalUpdateBenchmarks), plan extraction (PlanExtractionBenchmarks), publishing a plan (PublishBenchmarks) and the province roll-up after one save with 100 libraries (ProvinceRollupBenchmarks).
                  dotnet run -c Release --project Portal.Benchmarks -- --filter '*' --job short
                  dotnet run -c Release --project Portal.Benchmarks -- --list flat
                  dotnet run -c Release --project Portal.Benchmarks -- --help
                """);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
