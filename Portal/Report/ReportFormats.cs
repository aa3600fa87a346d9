using Portal.Shared;

namespace Portal.Report;

/// <summary>Changes in completion for people: signed percentage points with one decimal.</summary>
public static class ReportFormats
{
    public static string Points(double? change) => Formats.Points(change, "−");
}
