using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>
/// Finds an item's targets: each quantity that no distractor rule rejects, with its qualifier, period, flow or
/// stock, name and exact quote (the qualifier before the number, the number, its unit and a 以上/左右 after it; a
/// number whose unit is in its name, 总流通人次 100万以上, is quoted from the clause start).
/// </summary>
public static partial class TargetFinder
{
    public static IEnumerable<ExtractedTarget> Find(string source, OutlineItem item, int? planYear)
    {
        var text = item.Text.Text;
        var quantities = QuantityScanner.Scan(text);
        var previousEnd = 0;
        string? previousName = null;
        var previousSentence = -1;
        for (var n = 0; n < quantities.Count; n++)
        {
            var q = quantities[n];
            var clauseStart = Clause.ClauseStart(text, q.Start);
            var from = Math.Max(clauseStart, previousEnd);
            while (from < q.Start && text[from] is '、' or '和' or '及' or ' ' or '\u3000') from++;
            previousEnd = q.End;
            var before = text[from..q.Start];
            var unit = q.Unit.Length > 0 ? q.Unit : Units.TrailingUnit(before.TrimEnd()) ?? "";
            if (unit.Length == 0 || Distractors.Reason(text, q, planYear) is not null) continue;

            var clauseEnd = Math.Min(Clause.ClauseEnd(text, q.End), n + 1 < quantities.Count ? quantities[n + 1].Start : text.Length);
            var after = text[q.End..clauseEnd];
            var name = TargetNaming.Name(before, after);
            var sentence = Clause.SentenceStart(text, q.Start);
            // 较上年增长10%: the growth of what the sentence counted just before.
            if (Comparative().IsMatch(name) && previousName is not null && sentence == previousSentence) name = previousName + name;
            else if (name.Length == 0 && previousName is not null && sentence == previousSentence) name = previousName;
            previousName = name;
            previousSentence = sentence;

            var clause = text[clauseStart..q.Start];
            var (offset, quote) = item.Text.Quote(source, q.Unit.Length > 0 ? QuoteStart(text, q.Start) : from, q.End);
            yield return new ExtractedTarget(item.Code, quote, q.Value, unit, Qualifiers.Of(q, before), q.Min,
                Periods.Marker(clause) ?? "year", IsStock(clause, unit) ? "stock" : "flow", name)
            { Offset = offset };
        }
    }

    /// <summary>
    /// Where the quote starts: at the qualifier written just before the number (不少于 200种, 力争达到 5万人, 突破
    /// 100万册次), else at the number. The quote is the shortest span holding the number, its unit and its qualifier.
    /// </summary>
    private static int QuoteStart(string text, int number)
    {
        var end = number;
        while (end > 0 && text[end - 1] is ' ' or '\u3000') end--;
        foreach (var word in Qualifiers.QuotedWords)
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0) return end - word.Length;
        return number;
    }

    /// <summary>
    /// A level rather than a count of the year: a percentage or a rate, or what 累计/总量/总数/藏量/保有量/覆盖
    /// or a count of holders (持证读者, 关注用户, 注册用户, 粉丝: 微信关注用户达到 3万人 is the year-end audience)
    /// describes, unless it is what is new this year (新增). Everything else is a flow whose monthly figures add up.
    /// </summary>
    public static bool IsStock(string clause, string unit) =>
        unit is "%" or "个百分点" || StockWords().IsMatch(clause) && !NewWords().IsMatch(clause);

    /// <summary>新增持证读者 3.5万人 counts what is added in the year: a flow, whatever it adds to.</summary>
    [GeneratedRegex(@"新增|新办|新建|新购")]
    private static partial Regex NewWords();

    [GeneratedRegex(@"累计|总量|总数|藏量|保有量|覆盖率|总规模|馆藏达到|持证读者|关注用户|注册用户|粉丝")]
    private static partial Regex StockWords();

    [GeneratedRegex(@"^(?:较上年|比上年|同比|较去年|比去年)?(?:增长|提高|增加|提升|下降|降低)")]
    private static partial Regex Comparative();
}
