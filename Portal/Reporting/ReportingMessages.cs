using Portal.Domain.Localization;

namespace Portal.Reporting;

/// <summary>
/// The messages of submissions, deadlines and reminders outside components (ReportingMessages.resx, English in
/// ReportingMessages.en.resx); what the audit trail stores is read in <see cref="TextResource.Chinese"/>.
/// </summary>
internal static class ReportingMessages
{
    public static readonly TextResource Text = new(typeof(ReportingMessages));
}
