using Portal.Domain.Localization;

namespace Portal.Report;

/// <summary>The messages of the monthly briefing's downloads (ReportMessages.resx, English in ReportMessages.en.resx).</summary>
internal static class ReportMessages
{
    public static readonly TextResource Text = new(typeof(ReportMessages));
}
