using Portal.Domain.Figures;

namespace Portal.Data;

public static class FigureLimits
{
    /// <summary>The column's length is the rule's (<see cref="FigureRules.NoteLength"/>).</summary>
    public const int NoteLength = FigureRules.NoteLength;
}
