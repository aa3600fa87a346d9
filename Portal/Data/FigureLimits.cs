namespace Portal.Data;

public static class FigureLimits
{
    /// <summary>A note explains a figure; longer text belongs in a document, not a cell.</summary>
    public const int NoteLength = 2000;
}
