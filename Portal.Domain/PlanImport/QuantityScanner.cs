namespace Portal.Domain.PlanImport;

/// <summary>
/// Finds the numbers with units in a paragraph: 1800种, 3千部, 5.5万册, 2,500人次, 八千, 一万五千人次, 两期, 3—5个,
/// 1000余种, 100万以上. Years and dates (2015年, 6月底), numbers in quotation marks or book titles (“八项规定”,
/// 《…》), phone numbers and numbers without a unit are not quantities.
/// </summary>
public static class QuantityScanner
{
    private const string RangeDashes = "—–-－~～至到";

    public static List<Quantity> Scan(string text)
    {
        var quoted = QuotedMask(text);
        var found = new List<Quantity>();
        var i = 0;
        while (i < text.Length)
        {
            if (quoted[i] || !StartsNumber(text, i))
            {
                i++;
                continue;
            }
            var first = ReadNumber(text, i);
            if (first is null)
            {
                i = SkipRun(text, i);
                continue;
            }
            var (value, end, chinese) = first.Value;
            var quantity = ReadRest(text, i, value, end, chinese, out var next);
            if (quantity is not null) found.Add(quantity);
            i = Math.Max(next, i + 1);
        }
        return found;
    }

    private static Quantity? ReadRest(string text, int start, double value, int end, bool chinese, out int next)
    {
        next = end;
        var at = SkipSpaces(text, end);
        if (IsDate(text, at)) return null;
        double? min = null;
        string? marker = null;
        // A range: 3—5个, 8—10家, 三至五场, 3万—5万册.
        if (at < text.Length && RangeDashes.Contains(text[at]))
        {
            var dash = at;
            while (dash < text.Length && RangeDashes.Contains(text[dash])) dash++;
            dash = SkipSpaces(text, dash);
            if (dash < text.Length && StartsNumber(text, dash) && ReadNumber(text, dash) is { } upper)
            {
                if (upper.Value <= value) return null; // 0571-8798: a phone number, not a range
                min = value;
                value = upper.Value;
                end = upper.End;
                chinese = false;
                marker = "range";
                at = SkipSpaces(text, end);
                next = end;
                if (IsDate(text, at)) return null; // 2014—2016年
            }
        }
        if (at < text.Length && text[at] is '余' or '多')
        {
            marker ??= "at-least";
            at++;
        }
        var unit = Units.Match(text, at, out var unitLength);
        if (unit == "个" && at + 1 < text.Length && text[at + 1] is '月' or '工') return null; // 3个月, 5个工作日: durations
        if (unit is not null) end = at + unitLength;
        var after = SkipSpaces(text, end);
        foreach (var (word, qualifier) in Suffixes)
        {
            if (string.CompareOrdinal(text, after, word, 0, word.Length) != 0) continue;
            marker ??= qualifier;
            end = after + word.Length;
            break;
        }
        next = end;
        return new Quantity(start, end, value, min, unit ?? "", marker, chinese && value == 1 && min is null);
    }

    private static readonly (string Word, string Qualifier)[] Suffixes =
        [("以上", "at-least"), ("左右", "about"), ("上下", "about"), ("以内", "at-most"), ("以下", "at-most"), ("之内", "at-most")];

    private static bool IsDate(string text, int at) =>
        at < text.Length && text[at] is '年' or '月' or '日' or '号' or '岁' or '时'
        || string.CompareOrdinal(text, at, "周年", 0, 2) == 0 || string.CompareOrdinal(text, at, "季度", 0, 2) == 0;

    private static bool StartsNumber(string text, int i)
    {
        var c = text[i];
        if (IsDigit(c)) return i == 0 || !IsDigit(text[i - 1]) && !char.IsAsciiLetter(text[i - 1]) && text[i - 1] != '.';
        return ChineseNumerals.CanStart(c) && (i == 0 || !ChineseNumerals.IsNumeral(text[i - 1]));
    }

    private static int SkipRun(string text, int i)
    {
        while (i < text.Length && (IsDigit(text[i]) || ChineseNumerals.IsNumeral(text[i]) || text[i] is '.' or ',')) i++;
        return i;
    }

    /// <summary>An Arabic number (with 2,500 separators, decimals and 千/万/亿 after it) or a Chinese numeral.</summary>
    private static (double Value, int End, bool Chinese)? ReadNumber(string text, int i)
    {
        if (!IsDigit(text[i]))
        {
            var runEnd = i;
            while (runEnd < text.Length && ChineseNumerals.IsNumeral(text[runEnd])) runEnd++;
            var parsed = ChineseNumerals.Parse(text.AsSpan(i, runEnd - i));
            return parsed is null ? null : (parsed.Value, runEnd, true);
        }
        var digits = new System.Text.StringBuilder();
        var j = i;
        var grouped = false;
        while (j < text.Length)
        {
            if (IsDigit(text[j])) digits.Append((char)('0' + DigitOf(text[j])));
            else if (text[j] is ',' or '，' && ThreeDigitsAt(text, j + 1)) grouped = true;
            else if (text[j] is '.' or '．' && j + 1 < text.Length && IsDigit(text[j + 1]) && !digits.ToString().Contains('.')) digits.Append('.');
            else break;
            j++;
        }
        var number = digits.ToString();
        // A phone or an ID (87988888, 0571…): many digits without separators, or a leading zero.
        if (!grouped && !number.Contains('.') && (number.Length >= 7 || number.Length > 1 && number[0] == '0')) return null;
        var value = double.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        var k = SkipSpaces(text, j);
        var multiplied = false;
        while (k < text.Length && text[k] is '千' or '万' or '亿')
        {
            value *= text[k] switch { '千' => 1_000, '万' => 10_000, _ => 100_000_000 };
            k++;
            multiplied = true;
        }
        return (Math.Round(value, 6), multiplied ? k : j, false);
    }

    private static bool ThreeDigitsAt(string text, int i) =>
        i + 3 <= text.Length && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && (i + 3 == text.Length || !IsDigit(text[i + 3]));

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static int DigitOf(char c) => c <= '9' ? c - '0' : c - '０';

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\u00A0') i++;
        return i;
    }

    /// <summary>True inside “…”, "…", 《…》 and 〈…〉: names of campaigns, rules and books.</summary>
    private static bool[] QuotedMask(string text)
    {
        var mask = new bool[text.Length];
        var depth = 0;
        var straight = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '《' or '〈' or '「' or '『') depth++;
            if (c == '"') straight = !straight;
            mask[i] = depth > 0 || straight;
            if (c is '”' or '》' or '〉' or '」' or '』' && depth > 0) depth--;
        }
        return mask;
    }
}
