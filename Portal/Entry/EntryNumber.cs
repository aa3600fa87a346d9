using System.Globalization;
using System.Text;

namespace Portal.Entry;

/// <summary>
/// Numbers as staff type or paste them: thousands separators (12,345 / 12 345 / 12，345), full-width digits from a
/// Chinese IME, Excel's quotes and accounting parentheses. Range and whole-number checks are the domain's
/// (<see cref="Portal.Domain.Figures.FigureValue"/>), so the grid and the API say the same thing.
/// </summary>
public static class EntryNumber
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
        | NumberStyles.AllowExponent | NumberStyles.AllowParentheses;

    /// <summary>False for text that is not a number; NaN, ∞ and negatives parse and are left to the domain to refuse.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var clean = Normalize(text);
        return clean.Length > 0 && double.TryParse(clean, Styles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>How a stored value is shown in the input: grouped, and for GB with every decimal it has.</summary>
    public static string Format(double value, bool fractional) =>
        value.ToString(fractional ? "#,##0.##########" : "#,##0", Zh);

    /// <summary>Two values the input cannot tell apart (0.1 + 0.2 and 0.3) count as the same figure.</summary>
    public static bool Same(double? a, double? b, bool fractional) =>
        a == b || (a is { } x && b is { } y && Format(x, fractional) == Format(y, fractional));

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Trim().Trim('"', '“', '”').Trim())
        {
            var c = ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch; // full-width ASCII → ASCII
            if (c is ',' or '，' or '\'' or '_' || char.IsWhiteSpace(c)) continue;
            sb.Append(c == '。' ? '.' : c);
        }
        return sb.ToString();
    }
}
