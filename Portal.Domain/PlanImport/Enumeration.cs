using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>
/// The tasks a paragraph counts off in prose: "一是……二是……三是……" (also 其一/首先…其次…). Each is an item;
/// the words before the first (重点抓好以下工作：) go with it. Fewer than two in sequence: the paragraph is one item.
/// </summary>
public static partial class Enumeration
{
    public static List<MappedText> Split(MappedText paragraph)
    {
        var text = paragraph.Text;
        var starts = new List<int>();
        foreach (Match m in Marker().Matches(text))
        {
            if (ChineseNumerals.Parse(m.Groups["n"].Value) != starts.Count + 1) continue;
            starts.Add(m.Groups["n"].Index);
        }
        if (starts.Count < 2) return [paragraph];
        starts[0] = 0;
        starts.Add(text.Length);
        return [.. starts.Zip(starts.Skip(1), (from, to) => paragraph.Slice(from, to))];
    }

    /// <summary>一是 at the start or after a stop: 这一是 or 统一是 are words, not the count.</summary>
    [GeneratedRegex(@"(?<=^|[。；;，,：:！!？?\s])(?<n>[一二三四五六七八九十]{1,2})(?:是|要)(?![否非])")]
    private static partial Regex Marker();
}
