using Portal.Shared;

namespace Portal.Briefing;

/// <summary>Changes in completion for people: signed percentage points with one decimal.</summary>
public static class BriefingFormats
{
    public static string Points(double? change) => Formats.Points(change, "−");
}
