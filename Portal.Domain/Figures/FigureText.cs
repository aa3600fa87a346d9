using Portal.Domain.Localization;

namespace Portal.Domain.Figures;

/// <summary>The messages of figures and notes (FigureText.resx, English in FigureText.en.resx).</summary>
internal static class FigureText
{
    public static readonly TextResource Text = new(typeof(FigureText));
}
