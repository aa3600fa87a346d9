using Portal.Domain.Localization;

namespace Portal.Domain.Reporting;

/// <summary>The messages of submissions, deadlines and reminders (ReportingText.resx, English in ReportingText.en.resx).</summary>
internal static class ReportingText
{
    public static readonly TextResource Text = new(typeof(ReportingText));
}
