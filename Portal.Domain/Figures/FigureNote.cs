namespace Portal.Domain.Figures;

/// <summary>
/// What a figure's note may hold: text with line breaks and tabs, but no invisible control characters (they corrupt
/// exports and displays) and no half of a Unicode character (a lone surrogate, which no file or database can store).
/// </summary>
public static class FigureNote
{
    public static string? Require(string? note)
    {
        if (note is null) return null;
        for (var i = 0; i < note.Length; i++)
        {
            var c = note[i];
            if (char.IsHighSurrogate(c) && i + 1 < note.Length && char.IsLowSurrogate(note[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                throw new DomainException(FigureText.Text.Format("Note.LoneSurrogate", i + 1, (int)c), "note");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                throw new DomainException(FigureText.Text.Format("Note.ControlCharacter", i + 1, (int)c), "note");
        }
        return note;
    }
}
