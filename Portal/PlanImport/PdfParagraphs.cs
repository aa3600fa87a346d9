using System.Text;
using Portal.Domain.PlanImport;

namespace Portal.PlanImport;

/// <summary>A line of a PDF page: its text, where it starts and ends, its font size, and whether it fills the text block.</summary>
public sealed record PdfLine(string Text, double Left, double Right, double Size, bool Full = false, bool Indented = false);

/// <summary>
/// Joins a PDF's lines back into the paragraphs they were set from, one paragraph a line of text, so that a quote
/// never holds the PDF's line breaks: a line that fills the text block goes on in the next one, unless the next is
/// indented (a new paragraph) or starts with an outline label; also across a page break (the footer is gone by then).
/// A word hyphenated at the line end is joined again (docu- / ment → document); Latin words keep a space between them.
/// </summary>
public static class PdfParagraphs
{
    public static string Join(IReadOnlyList<PdfLine> lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var goesOn = lines[i].Full && next is { Indented: false } && OutlineLabel.Read(next.Text.TrimStart()) is null;
            if (!goesOn)
            {
                text.Append(line).Append('\n');
                continue;
            }
            var following = next!.Text.TrimStart();
            if (line.Length > 1 && line[^1] == '-' && IsLatin(line[^2]) && following.Length > 0 && char.IsAsciiLetterLower(following[0]))
                text.Append(line, 0, line.Length - 1);
            else
            {
                text.Append(line);
                if (line.Length > 0 && following.Length > 0 && IsLatin(line[^1]) && IsLatin(following[0])) text.Append(' ');
            }
        }
        return text.ToString();
    }

    private static bool IsLatin(char c) => char.IsAsciiLetter(c);
}
