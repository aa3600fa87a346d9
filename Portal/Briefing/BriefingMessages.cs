using Portal.Domain.Localization;

namespace Portal.Briefing;

/// <summary>The messages of the monthly briefing's downloads (BriefingMessages.resx, English in BriefingMessages.en.resx).</summary>
internal static class BriefingMessages
{
    public static readonly TextResource Text = new(typeof(BriefingMessages));
}
