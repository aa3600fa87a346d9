using Portal.Domain.Localization;

namespace Portal.Live;

/// <summary>The messages of the hub and the live feed (LiveMessages.resx, English in LiveMessages.en.resx).</summary>
internal static class LiveMessages
{
    public static readonly TextResource Text = new(typeof(LiveMessages));
}
