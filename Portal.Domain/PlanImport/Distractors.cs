using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>
/// Numbers in a plan that are not its targets: ordinals (第五次, 第六届; 届 is no unit), a plain 一 (一次登录, 一批),
/// phone numbers, what exists already (全县现有18个乡镇, 已建成, 为全县 13 个乡镇), last year's actuals
/// (2014年接待读者162万人次，较上年增长8.6%), money already spent (共投入资金320万元), phases (二期工程).
/// </summary>
public static partial class Distractors
{
    /// <summary>Why the quantity is no target (the rule's name: ordinal, past, existing…), or null when it is one.</summary>
    public static string? Reason(string text, Quantity q, int? planYear)
    {
        var clauseStart = Clause.ClauseStart(text, q.Start);
        var clause = text[clauseStart..q.Start];
        var sentence = text[Clause.SentenceStart(text, q.Start)..q.Start];
        var before = clause.TrimEnd(' ', '\u3000');
        if (before.EndsWith('第') || before.EndsWith('首')) return "ordinal";
        if (q.ChineseOne && Periods.Marker(clause) is null) return "article";
        if (string.CompareOrdinal(text, q.End, "工程", 0, 2) == 0) return "phase";
        if (PhoneWords().IsMatch(clause)) return "phone";
        if (ExistingWords().IsMatch(clause) || WholeArea().IsMatch(before)) return "existing";
        if (IsPast(sentence, planYear)) return "past";
        if (q.Unit == "元" && SpentWords().IsMatch(sentence)) return "spent";
        if (Units.IsDuration(q.Unit) && q.End < text.Length && IsHan(text[q.End])) return "attribute";
        return null;
    }

    /// <summary>
    /// The sentence reports the past: a year before the plan's (not as 较2014年 or 在2014年基础上), 去年, 上年
    /// (not 较上年/比上年/同比, which compare), 过去一年, 以来. Only what follows a turn to the plan counts:
    /// in "2013年全馆外借文献 103万册次，在此基础上，全年新办读者证 2.2万张以上" the 2.2万 is this year's.
    /// </summary>
    public static bool IsPast(string sentence, int? planYear)
    {
        var turn = Turn().Matches(sentence).LastOrDefault();
        if (turn is not null) sentence = sentence[(turn.Index + turn.Length)..];
        var plain = Comparisons().Replace(sentence, "");
        if (PastWords().IsMatch(plain)) return true;
        if (planYear is null) return false;
        foreach (Match m in Years().Matches(plain))
            if (int.Parse(m.Groups["y"].Value) < planYear) return true;
        foreach (Match m in ChineseYears().Matches(plain))
            if (ChineseNumerals.ParseYear(m.Groups["y"].Value) < planYear) return true;
        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    [GeneratedRegex(@"(?:较|比|与|同)\s*(?:上年|去年|上一年|(?:19|20)\d{2}\s*年)(?:同期)?|同比|在\s*(?:19|20)\d{2}\s*年[^，。；]{0,12}基础上")]
    private static partial Regex Comparisons();

    [GeneratedRegex(@"在\s*(?:此|这一?|这个|上述|以上)\s*基础\s*(?:之)?\s*上")]
    private static partial Regex Turn();

    [GeneratedRegex(@"去年|上年|上一年|过去一年|过去的一年|回顾|以来")]
    private static partial Regex PastWords();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年")]
    private static partial Regex Years();

    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九]{4})\s*年")]
    private static partial Regex ChineseYears();

    [GeneratedRegex(@"电话|热线|传真|手机|联系方式|邮编|邮政编码|QQ|微信号")]
    private static partial Regex PhoneWords();

    /// <summary>全县 13 个乡镇: how many the whole county has, not how many to build.</summary>
    [GeneratedRegex(@"(?:全县|全市|全省|全区|全国)(?:共|共有)?$")]
    private static partial Regex WholeArea();

    [GeneratedRegex(@"已|现有|目前|现存|原有|尚有|现拥有")]
    private static partial Regex ExistingWords();

    [GeneratedRegex(@"(?:共|累计|总计|合计)\s*(?:投入|花费|支出|耗资|使用)|耗资|花费|支出")]
    private static partial Regex SpentWords();
}
