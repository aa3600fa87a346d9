using Portal.Domain.Localization;

namespace Portal.Domain.Engine;

/// <summary>The messages of the completion engine (EngineText.resx, English in EngineText.en.resx).</summary>
internal static class EngineText
{
    public static readonly TextResource Text = new(typeof(EngineText));
}
