using System.Text;
using Portal.Domain;
using Portal.Domain.PlanImport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.PlanImport;

/// <summary>
/// The text of a text PDF, line by line in reading order, without its page footers (— 1 —). A page whose font has
/// no Unicode map comes out as U+FFFD (or nothing): it is refused with its page number, never read as garbage.
/// </summary>
public static class PdfText
{
    /// <summary>More than this share of unreadable characters on a page means the page cannot be read.</summary>
    private const double UnreadableShare = 0.02;

    public static string Read(Stream content)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DomainException(ImportMessages.Text["Pdf.Unreadable"]);
        }
        using (document)
        {
            var rows = new List<PdfLine>();
            var readable = 0;
            foreach (var page in document.GetPages())
            {
                var lines = Lines(page);
                var characters = lines.Sum(l => l.Text.Count(c => !char.IsWhiteSpace(c)));
                var unreadable = lines.Sum(l => l.Text.Count(IsUnreadable));
                if (unreadable > 0 && unreadable >= Math.Max(1, characters * UnreadableShare))
                    throw new DomainException(ImportMessages.Text.Format("Pdf.Garbled", page.Number));
                rows.AddRange(lines.Where(l => !TextLines.IsPageFooter(l.Text)));
                readable += characters;
            }
            if (readable == 0)
                throw new DomainException(ImportMessages.Text["Pdf.NoText"]);
            return PdfParagraphs.Join(rows);
        }
    }

    /// <summary>
    /// What a font without a Unicode map yields: U+FFFD, control characters, private-use code points, or raw glyph
    /// ids that land in scripts no Chinese plan uses (Tibetan, Oriya…). A plan uses CJK, ASCII and punctuation.
    /// </summary>
    private static bool IsUnreadable(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        '\uFFFD' => true,
        < ' ' or >= '\u007F' and <= '\u009F' => true,
        <= '\u02FF' => false, // ASCII, Latin-1 and Latin letters with accents
        >= '\u0370' and <= '\u04FF' => false, // Greek and Cyrillic (α, №-like symbols in tables)
        >= '\u2000' and <= '\u27BF' => false, // punctuation, letterlike, numbers in circles, arrows, shapes
        >= '\u2E80' and <= '\u9FFF' => false, // CJK radicals, punctuation, kana, bopomofo, ideographs
        >= '\uF900' and <= '\uFAFF' => false, // CJK compatibility ideographs
        >= '\uFE30' and <= '\uFFEF' => false, // CJK compatibility forms, full-width forms
        _ => !char.IsSurrogate(c), // a surrogate pair is an extension-B ideograph; anything else is noise
    };

    /// <summary>The page's letters grouped into lines by baseline (top to bottom), left to right, with a space where a gap is.</summary>
    private static List<PdfLine> Lines(Page page)
    {
        var rows = new List<(double Baseline, double Size, List<Letter> Letters)>();
        foreach (var letter in page.Letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var size = Math.Max(letter.PointSize, 1);
            var row = rows.FindLastIndex(r => Math.Abs(r.Baseline - letter.StartBaseLine.Y) < Math.Min(r.Size, size) * 0.4);
            if (row < 0) rows.Add((letter.StartBaseLine.Y, size, [letter]));
            else rows[row].Letters.Add(letter);
        }
        var lines = new List<PdfLine>();
        foreach (var (_, size, letters) in rows)
        {
            var line = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in letters.OrderBy(l => l.StartBaseLine.X))
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > size * 0.25 && line.Length > 0 && line[^1] != ' '
                    && !string.IsNullOrWhiteSpace(letter.Value))
                    line.Append(' ');
                line.Append(letter.Value);
                previous = letter;
            }
            var text = line.ToString().TrimEnd();
            if (text.Length > 0) lines.Add(new PdfLine(text, letters.Min(l => l.StartBaseLine.X), letters.Max(l => l.EndBaseLine.X), size));
        }
        // The text block's edges on this page: where a full line ends and an unindented one starts.
        var left = lines.Count == 0 ? 0 : lines.Min(l => l.Left);
        var right = lines.Count == 0 ? 0 : lines.Max(l => l.Right);
        return [.. lines.Select(l => l with { Full = l.Right >= right - 2.5 * l.Size, Indented = l.Left > left + 1.2 * l.Size })];
    }
}
