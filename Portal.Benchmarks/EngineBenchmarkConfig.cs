using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Portal.Benchmarks;

/// <summary>Adds median and P95 to the default columns: on a shared 2-core machine the mean alone hides the noise.</summary>
public sealed class EngineBenchmarkConfig : ManualConfig
{
    public EngineBenchmarkConfig() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);
}
