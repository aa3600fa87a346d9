namespace Portal.Domain.PlanImport;

/// <summary>
/// A plan without numbered parts: the title, then every paragraph an item of one section (the admin regroups them
/// on the review page); a paragraph that counts off 一是……二是…… gives one item for each. A paragraph runs over
/// lines until one ends a sentence (。！？；：) or is short (a heading or the last line of a paragraph).
/// </summary>
public static class Paragraphs
{
    private const int WrappedLine = 16;
    private const string Ends = "。！？!?；;：:";

    public static Outline Parse(string text, IReadOnlyList<TextLine> lines)
    {
        var trimmed = lines.Select(l => l.In(text).ToString().Trim(' ', '\t', '\u3000', '\uFEFF')).ToList();
        var title = TitleOf(trimmed);
        var titleLines = title.Length == 0 ? 0 : title == trimmed[0] ? 1 : 2;
        var paragraphs = new List<MappedText>();
        MappedText? open = null;
        for (var i = titleLines; i < lines.Count; i++)
        {
            open ??= new MappedText();
            open.AppendLine(text, lines[i].Start, lines[i].Length);
            var line = trimmed[i];
            if (line.Length > 0 && (Ends.Contains(line[^1]) || line.Length < WrappedLine))
            {
                paragraphs.Add(open);
                open = null;
            }
        }
        if (open is { Length: > 0 }) paragraphs.Add(open);
        var items = paragraphs.SelectMany(Enumeration.Split).Select((p, i) => new OutlineItem($"一.{i + 1}", p)).ToList();
        var year = OutlineParser.FindYear(title) ?? OutlineParser.FindYear(string.Join("\n", trimmed.Take(titleLines + 2)));
        if (items.Count == 0) return new Outline(title, year, [], []);
        var section = new ExtractedSection("一", title, [.. items.Select(i => new ExtractedItem(i.Code, i.Text.Text))], []);
        return new Outline(title, year, [section], items);
    }

    /// <summary>The first line is the title; a short second one joins it when only it has 要点/计划 (a title set on two lines).</summary>
    public static string TitleOf(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return "";
        if (lines.Count > 1 && !IsTitleWord(lines[0]) && IsTitleWord(lines[1]) && lines[1].Length <= 30) return lines[0] + lines[1];
        return lines[0];
    }

    private static bool IsTitleWord(string line) => line.Contains("要点") || line.Contains("计划") || line.Contains("安排");
}
