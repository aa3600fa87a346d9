using Portal.Domain.Localization;

namespace Portal.Benchmarking;

/// <summary>The benchmark endpoints' messages (BenchmarkText.resx, English in BenchmarkText.en.resx).</summary>
internal static class BenchmarkText
{
    public static readonly TextResource Text = new(typeof(BenchmarkText));
}
