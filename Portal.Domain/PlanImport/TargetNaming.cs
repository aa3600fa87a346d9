using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>
/// A target's name from its clause: what is counted, before the number (采集地方文献 1800种) or after it
/// (完成 3千部古籍普查), without the period, qualifier and generic verbs (全年, 约, 完成, 举办) and dates.
/// </summary>
public static partial class TargetNaming
{
    public static string Name(string before, string after)
    {
        var head = Clean(before);
        var tail = CleanAfter(after);
        return tail.Length >= 2 ? tail : head;
    }

    private static string Clean(string before)
    {
        var s = Basis().Replace(PeriodWords().Replace(Dates().Replace(before, ""), ""), "").Trim(' ', '\u3000', '、');
        string previous;
        do
        {
            previous = s;
            foreach (var word in Qualifiers.Words.Concat(TrailingVerbs))
                if (s.EndsWith(word, StringComparison.Ordinal)) s = s[..^word.Length].TrimEnd(' ', '\u3000');
            s = LeadingWords().Replace(s, "").Trim(' ', '\u3000');
        } while (s != previous);
        return s;
    }

    private static string CleanAfter(string after)
    {
        var s = after.Trim(' ', '\u3000');
        var cut = Conjunction().Match(s);
        if (cut.Success) s = s[..cut.Index];
        s = s.TrimStart('的');
        foreach (var tail in new[] { "的任务", "任务", "的工作", "工作" })
            if (s.EndsWith(tail, StringComparison.Ordinal)) s = s[..^tail.Length];
        return s.Trim(' ', '\u3000');
    }

    private static readonly string[] TrailingVerbs =
        ["力争达到", "达到", "达", "增至", "提高到", "提高至", "提升至", "共计", "共", "计", "为", "在", "举办", "开展", "完成"];

    [GeneratedRegex(@"在[^，。；]{0,12}基础上")]
    private static partial Regex Basis();

    [GeneratedRegex(@"每月|每个月|每季度|每季|每周|每年|月均|平均")]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"^(?:其中|全年|年度|每年|每月|每个月|每季度|每季|每周|月均|计划|力争|确保|争取|并且|并|同时|另|共同|全馆|完成|实现|举办|举行|组织开展|组织|开展|召开|年末|年底|年(?![鉴度报会终底初中内末]))")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?(?:年底前|年底|底前|底|前|内|上半年|下半年)?|\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?(?:底前|底|前)?")]
    private static partial Regex Dates();

    [GeneratedRegex(@"[并及和、，。；]|以及|同时")]
    private static partial Regex Conjunction();
}
