using Portal.Domain.Localization;

namespace Portal.Domain.PlanDrafts;

/// <summary>The messages of plan drafts and their validation (DraftText.resx, English in DraftText.en.resx).</summary>
internal static class DraftText
{
    public static readonly TextResource Text = new(typeof(DraftText));
}
