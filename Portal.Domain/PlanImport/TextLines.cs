using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>A line of the source text: where it starts and how long it is (without its line break).</summary>
public readonly record struct TextLine(int Start, int Length)
{
    public ReadOnlySpan<char> In(string source) => source.AsSpan(Start, Length);
}

/// <summary>Splits a plan's text into lines and recognises the page footers a PDF export leaves between them.</summary>
public static partial class TextLines
{
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\u2028' or '\u2029' or '\f')) continue;
            lines.Add(new TextLine(start, i - start));
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        return lines;
    }

    /// <summary>
    /// The text without the blank line a double-spaced export puts after every line (most lines followed by a blank
    /// one): shown single-spaced, as the document is. Any other text is returned as it is.
    /// </summary>
    public static string SingleSpaced(string text)
    {
        var lines = Split(text);
        int written = 0, followed = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].In(text).IsWhiteSpace()) continue;
            written++;
            if (lines[i + 1].In(text).IsWhiteSpace()) followed++;
        }
        if (written < 8 || followed < written * 0.8) return text;
        return string.Join("\n", lines.Where(l => !l.In(text).IsWhiteSpace()).Select(l => l.In(text).ToString())) + "\n";
    }

    /// <summary>A page number on a line of its own: — 1 —, - 2 -, －3－, 第 4 页, 第4页 共9页, 5 / 9.</summary>
    public static bool IsPageFooter(ReadOnlySpan<char> line) => Footer().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:[—–\-－―─]+\s*\d{1,3}\s*[—–\-－―─]+|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$")]
    private static partial Regex Footer();
}
