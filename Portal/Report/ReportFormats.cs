using System.Globalization;

namespace Portal.Report;

/// <summary>Changes in completion for people: signed percentage points with one decimal.</summary>
public static class ReportFormats
{
    public static string Points(double? change) => change is { } c && double.IsFinite(c)
        ? (c * 100).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture)
        : "—";
}
