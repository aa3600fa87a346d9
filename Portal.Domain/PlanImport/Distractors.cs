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
        if (PhoneWords().IsMatch(before)) return "phone";
        if (ExistingWords().IsMatch(clause) || WholeArea().IsMatch(before) || NowWords().IsMatch(sentence) && !PlanWords().IsMatch(sentence)) return "existing";
        if (Announces(text, q)) return "announcement";
        if (IsPast(sentence, planYear)) return "past";
        if (q.Unit == "元" && SpentWords().IsMatch(text[Clause.ClauseStart(text, q.Start)..q.Start])) return "spent";
        if (Units.IsDuration(q.Unit) && q.End < text.Length && IsHan(text[q.End]) && !Served().IsMatch(text[q.End..])) return "attribute";
        return null;
    }

    /// <summary>重点做好三件事：, 抓好五个方面的工作: — how many tasks follow, not a target.</summary>
    private static bool Announces(string text, Quantity q)
    {
        var end = Clause.ClauseEnd(text, q.End);
        return end < text.Length && text[end] is '：' or ':' && end - q.End <= 8
            && ChineseNumerals.IsNumeral(text[q.Start]) && q.Unit is "件" or "项" or "个" or "条" or "类" or "方面";
    }

    /// <summary>
    /// The sentence reports the past: a year before the plan's (not as 较2014年 or 在2014年基础上), 去年, 上年
    /// (not 较上年/比上年/同比, which compare), 过去一年, 以来. Only what follows a turn to the plan counts:
    /// in "2013年全馆外借文献 103万册次，在此基础上，全年新办读者证 2.2万张以上" the 2.2万 is this year's, and so
    /// is what follows the plan's own year or 今年/本年度 ("2017年共投入…，2018年力争达到 200万元").
    /// </summary>
    public static bool IsPast(string sentence, int? planYear)
    {
        var turn = Turn().Matches(sentence).LastOrDefault();
        if (turn is not null) sentence = sentence[(turn.Index + turn.Length)..];
        var now = ThisYear(sentence, planYear);
        if (now > 0) sentence = sentence[now..];
        var plain = Comparisons().Replace(sentence, "");
        if (PastWords().IsMatch(plain)) return true;
        if (planYear is null) return false;
        foreach (Match m in Years().Matches(plain))
            if (int.Parse(m.Groups["y"].Value) < planYear) return true;
        foreach (Match m in ChineseYears().Matches(plain))
            if (ChineseNumerals.ParseYear(m.Groups["y"].Value) < planYear) return true;
        return false;
    }

    /// <summary>Where the last mention of the plan's year (2018年, 今年, 本年度) ends, or 0.</summary>
    private static int ThisYear(string sentence, int? planYear)
    {
        var end = 0;
        foreach (Match m in ThisYearWords().Matches(sentence)) end = m.Index + m.Length;
        if (planYear is null) return end;
        foreach (Match m in Years().Matches(sentence))
            if (int.Parse(m.Groups["y"].Value) == planYear) end = Math.Max(end, m.Index + m.Length);
        return end;
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

    /// <summary>A phone word just before the number (电话 8798, 热线：12345), not anywhere in the clause.</summary>
    [GeneratedRegex(@"(?:电话|热线|传真|手机|联系方式|邮编|邮政编码|QQ|微信号)(?:号码?)?[：:\s]*$")]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"力争|争取|年内|年底|今年|全年|计划|将")]
    private static partial Regex PlanWords();

    /// <summary>坚持全年365天开放: how long the library opens, not a kind of library (24小时自助图书馆).</summary>
    [GeneratedRegex(@"^(?:开放|服务|运行|不打烊|不间断)")]
    private static partial Regex Served();

    [GeneratedRegex(@"今年|本年度|本年|新的一年")]
    private static partial Regex ThisYearWords();

    /// <summary>目前全市已建成分馆86个，覆盖率达到92%: a sentence that starts by saying it describes the present.</summary>
    [GeneratedRegex(@"^\s*(?:目前|现有|截至目前|截至\s*(?:19|20)\d{2}\s*年底)")]
    private static partial Regex NowWords();

    /// <summary>全县 13 个乡镇: how many the whole county has, not how many to build.</summary>
    [GeneratedRegex(@"(?:全县|全市|全省|全区|全国)(?:共|共有)?$")]
    private static partial Regex WholeArea();

    [GeneratedRegex(@"已|现有|目前|现存|原有|尚有|现拥有")]
    private static partial Regex ExistingWords();

    [GeneratedRegex(@"(?:共|累计|总计|合计)\s*(?:投入|花费|支出|耗资|使用)|耗资|花费|支出|总投资")]
    private static partial Regex SpentWords();
}
