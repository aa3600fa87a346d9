using Portal.Domain.Localization;

namespace Portal.Figures;

/// <summary>The messages of figure validation and CSV/Excel import (FigureMessages.resx, English in FigureMessages.en.resx).</summary>
internal static class FigureMessages
{
    public static readonly TextResource Text = new(typeof(FigureMessages));
}
