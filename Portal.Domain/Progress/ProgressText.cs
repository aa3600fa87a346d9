using Portal.Domain.Localization;

namespace Portal.Domain.Progress;

/// <summary>The messages of task progress (ProgressText.resx, English in ProgressText.en.resx).</summary>
internal static class ProgressText
{
    public static readonly TextResource Text = new(typeof(ProgressText));
}
