using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.PlanImport;

/// <summary>
/// The labels Word draws from numbering.xml ("一、", "（一）", "1."), which are not in the paragraph's text:
/// follows each list's counters in document order, as Word does (a level restarts after a higher one), with the
/// level's number format (decimal, chineseCounting…) and its level text (%1、, （%2）, %3.).
/// </summary>
public sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<int, Dictionary<int, int>> _startOverrides = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _levels = [];
    private readonly Dictionary<string, (int NumId, int Level)> _styleNumbering = [];
    private readonly Dictionary<int, int[]> _counters = []; // by abstract list
    private readonly HashSet<int> _started = []; // num instances whose start overrides were applied

    private sealed record Level(int Start, string Format, string Text);

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var a in numbering.Elements<AbstractNum>())
            {
                if (a.AbstractNumberId?.Value is not { } id) continue;
                _levels[id] = a.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>().ToDictionary(
                    l => l.LevelIndex?.Value ?? 0,
                    l => new Level(l.StartNumberingValue?.Val?.Value ?? 1, l.NumberingFormat?.Val?.InnerText ?? "decimal",
                        l.LevelText?.Val?.Value ?? ""));
            }
            foreach (var n in numbering.Elements<NumberingInstance>())
            {
                if (n.NumberID?.Value is not { } id || n.AbstractNumId?.Val?.Value is not { } abstractId) continue;
                _abstractOf[id] = abstractId;
                _startOverrides[id] = n.Elements<LevelOverride>()
                    .Where(o => o.StartOverrideNumberingValue?.Val?.Value is not null)
                    .ToDictionary(o => o.LevelIndex?.Value ?? 0, o => o.StartOverrideNumberingValue!.Val!.Value);
            }
        }
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } styleId && style.StyleParagraphProperties?.NumberingProperties is { } numPr
                && numPr.NumberingId?.Val?.Value is { } numId)
                _styleNumbering[styleId] = (numId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
    }

    /// <summary>The label Word shows before <paramref name="paragraph"/>, or "" when it is not numbered (or bulleted).</summary>
    public string LabelOf(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties;
        var numPr = props?.NumberingProperties;
        int numId, level;
        if (numPr?.NumberingId?.Val?.Value is { } id)
        {
            numId = id;
            level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
        }
        else if (props?.ParagraphStyleId?.Val?.Value is { } styleId && _styleNumbering.TryGetValue(styleId, out var byStyle))
            (numId, level) = (byStyle.NumId, numPr?.NumberingLevelReference?.Val?.Value ?? byStyle.Level);
        else return "";
        if (numId == 0 || !_abstractOf.TryGetValue(numId, out var abstractId) || !_levels.TryGetValue(abstractId, out var levels)
            || !levels.TryGetValue(level, out var own)) return "";

        var counters = _counters.TryGetValue(abstractId, out var c) ? c : _counters[abstractId] = NewCounters(levels);
        if (_started.Add(numId))
            foreach (var (overridden, start) in _startOverrides[numId])
                if (overridden < counters.Length) counters[overridden] = start - 1;
        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
            counters[deeper] = levels.TryGetValue(deeper, out var l) ? l.Start - 1 : 0;
        if (own.Format == "bullet" || own.Format == "none") return "";

        var text = own.Text;
        for (var k = 0; k < counters.Length; k++)
            if (text.Contains($"%{k + 1}"))
                text = text.Replace($"%{k + 1}", Format(counters[k], levels.TryGetValue(k, out var lk) ? lk.Format : "decimal"));
        return text;
    }

    private static int[] NewCounters(Dictionary<int, Level> levels)
    {
        var counters = new int[Math.Max(9, levels.Keys.DefaultIfEmpty(0).Max() + 1)];
        foreach (var (index, level) in levels) counters[index] = level.Start - 1;
        return counters;
    }

    private static string Format(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographDigital" or "japaneseCounting"
            or "taiwaneseCounting" or "taiwaneseCountingThousand" => Chinese(n),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString().Select(d => (char)(d - '0' + '０'))),
        "lowerLetter" => ((char)('a' + (n - 1) % 26)).ToString(),
        "upperLetter" => ((char)('A' + (n - 1) % 26)).ToString(),
        "decimalZero" => n.ToString("00"),
        _ => n.ToString(),
    };

    private static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n == 10 ? "" : digits[n - 10].ToString());
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        return n.ToString();
    }
}
