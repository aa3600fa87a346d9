namespace Portal.Domain.PlanImport;

/// <summary>
/// Chinese numerals as plan documents write them: 三, 十二, 两, 八千, 一万五千, 三百二十, 一万零五百; and the
/// digit-by-digit form of years (二〇一六). A run such as 二三 ("two or three") or 十三五 (a plan period) is no number.
/// </summary>
public static class ChineseNumerals
{
    /// <summary>A digit 零〇一…九 or 两.</summary>
    public static bool IsDigit(char c) => DigitValue(c) >= 0;

    /// <summary>A character that can be part of a numeral: a digit, 十百千 or 万亿.</summary>
    public static bool IsNumeral(char c) => IsDigit(c) || c is '十' or '百' or '千' or '万' or '亿';

    /// <summary>Whether a numeral may start here: a digit other than 零/〇, or 十 (十二场).</summary>
    public static bool CanStart(char c) => c == '十' || DigitValue(c) > 0;

    public static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The value of a positional numeral (八千, 一万五千, 十二), or null when the run is not one.</summary>
    public static double? Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return null;
        double total = 0, group = 0;
        var digit = -1;
        var sawPlace = false;
        foreach (var c in s)
        {
            var d = DigitValue(c);
            if (c is '零' or '〇')
            {
                if (digit >= 0) return null;
                continue;
            }
            if (d > 0)
            {
                if (digit >= 0) return null; // 二三, 十三五: two digits in a row
                digit = d;
                continue;
            }
            var place = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            sawPlace = true;
            if (place > 0)
            {
                if (digit < 0 && c != '十') return null; // 百 or 千 on its own
                group += (digit < 0 ? 1 : digit) * place;
                digit = -1;
            }
            else if (c == '万')
            {
                group += Math.Max(digit, 0);
                if (group == 0) return null;
                total += group * 10_000;
                group = 0;
                digit = -1;
            }
            else if (c == '亿')
            {
                group += Math.Max(digit, 0);
                total = (total + group) * 100_000_000;
                if (total == 0) return null;
                group = 0;
                digit = -1;
            }
            else return null;
        }
        if (!sawPlace && s.Length > 1) return null;
        return total + group + Math.Max(digit, 0);
    }

    /// <summary>The year written digit by digit (二〇一六, 二零一五), or null.</summary>
    public static int? ParseYear(ReadOnlySpan<char> s)
    {
        if (s.Length != 4) return null;
        var year = 0;
        foreach (var c in s)
        {
            var d = DigitValue(c);
            if (d < 0 || c == '两') return null;
            year = year * 10 + d;
        }
        return year is >= 1900 and <= 2100 ? year : null;
    }
}
