using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Engine;
using Portal.Domain.Localization;
using Portal.Domain.Plans;
using Portal.Languages;
using Portal.Resources;

namespace Portal.Shared;

/// <summary>Numbers for people: thousands separators, units, and percentages with one decimal.</summary>
public static class Formats
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo(PortalCultures.Chinese);
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo(PortalCultures.English);

    /// <summary>
    /// The culture numbers and months are written in: English when the page is (its UI culture), otherwise Chinese,
    /// whatever the server's own culture is (ADR 036).
    /// </summary>
    public static CultureInfo Culture => PortalCultures.InEnglish ? En : Zh;

    public static string Number(double value, bool fractional = false) =>
        value.ToString(fractional ? "#,##0.##" : "#,##0", Culture);

    public static string Number(double? value, bool fractional = false) => value is { } v ? Number(v, fractional) : "—";

    public static string Quantity(double value, Kpi kpi) => $"{Number(value, kpi.Fractional)} {kpi.Target.Unit}";

    public static string Quantity(double? value, Kpi kpi) => value is { } v ? Quantity(v, kpi) : "—";

    /// <summary>A stock's gain since its opening level against the gain planned: 本年新增 18,350 / 20,000.</summary>
    public static string Gain(KpiResult result, IStringLocalizer<SharedText> text) =>
        result.Gain is { } gain ? text["Gain", Number(gain, result.Kpi.Fractional), Number(result.Kpi.Target.Value - result.Kpi.Opening!.Value, result.Kpi.Fractional)] : "";

    /// <summary>The target as the plan words it: 约 600 GB, 1,000,000 册次以上, 12 场.</summary>
    public static string Target(Kpi kpi, IStringLocalizer<SharedText> text)
    {
        var quantity = Quantity(kpi.Target.Value, kpi);
        var word = text["Qualifier." + kpi.Target.Qualifier].Value;
        return kpi.Target.Qualifier switch
        {
            Qualifier.About => $"{word} {quantity}",
            Qualifier.AtLeast => quantity + word,
            _ => quantity,
        };
    }

    /// <summary>A rate or share that may have decimals even for a count (e.g. 93,827.5 册次 a month).</summary>
    public static string Rate(double value, Kpi kpi) => $"{value.ToString(value >= 100 ? "#,##0" : "#,##0.#", Culture)} {kpi.Target.Unit}";

    public static string Percent(double? fraction) => PercentNumber(fraction) is { } n ? n + "%" : "—";

    /// <summary>
    /// The one rounding of a fraction to a percentage with one decimal, for pages, the wall, the briefing and its
    /// CSV alike: half away from zero (24.25% → 24.3%, as people round), after dropping the binary noise below 10⁻⁹
    /// that makes 97 / 400 × 100 come out as 24.249999999999996. Null when there is no finite value.
    /// </summary>
    public static double? PercentValue(double? fraction) =>
        fraction is { } f && double.IsFinite(f) ? Math.Round(Math.Round(f * 100, 9), 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>A percentage's number without its sign (21.5 for 0.215), for pages that set the sign apart; null when there is none.</summary>
    public static string? PercentNumber(double? fraction) => PercentValue(fraction)?.ToString("0.0", Culture);

    /// <summary>A change with its sign and one decimal: +10.0%, -4.2%, 0.0%.</summary>
    public static string Change(double? fraction) => PercentValue(fraction) is { } p ? p.ToString("+0.0;-0.0;0.0", Culture) + "%" : "—";

    /// <summary>A change in percentage points with its sign and one decimal (+2.5, −1.0), rounded as <see cref="PercentValue"/>.</summary>
    public static string Points(double? change, string minus = "-") =>
        PercentValue(change) is { } p ? p.ToString($"+0.0;{minus}0.0;0.0", CultureInfo.InvariantCulture) : "—";

    /// <summary>A span of months: 1–3 月 when they run on, else 1、3 月 (Jan–Mar, Jan, Mar in English); empty for none.</summary>
    public static string MonthSpan(IReadOnlyList<int> months) =>
        months.Count == 0 ? ""
        : PortalCultures.InEnglish ? (Runs(months) ? $"{MonthName(months[0])}–{MonthName(months[^1])}" : string.Join(", ", months.Select(MonthName)))
        : Runs(months) ? Chinese("MonthRun", months[0], months[^1])
        : Chinese("MonthList", ListText.Join(months.Select(m => m.ToString(Zh)), Zh));

    private static bool Runs(IReadOnlyList<int> months) => months.Count > 1 && months[^1] - months[0] == months.Count - 1;

    /// <summary>Months as people read them: 2月、3月 (Feb, Mar in English).</summary>
    public static string Months(IEnumerable<int> months) =>
        PortalCultures.InEnglish ? string.Join(", ", months.Select(MonthName)) : ListText.Join(months.Select(MonthName), Zh);

    /// <summary>A month by its number as the page's language writes it alone: 4月, Apr.</summary>
    public static string MonthName(int month) =>
        PortalCultures.InEnglish ? En.DateTimeFormat.GetAbbreviatedMonthName(month) : Chinese("MonthAlone", month);

    /// <summary>
    /// Axis ticks: 万 for ten thousands, as people here read large numbers (1,000,000 → 100万); in English K and M
    /// from the same threshold (45,000 → 45K, 1,000,000 → 1M).
    /// </summary>
    public static string Compact(double value) =>
        PortalCultures.InEnglish ? EnglishCompact(value, "0.#", "0.#")
        : Math.Abs(value) >= 10_000 ? TenThousands(value, "#,##0.#") : value.ToString("#,##0.#", Zh);

    /// <summary>A count in 万 (ten thousands) with the given format: 81.2万.</summary>
    internal static string TenThousands(double value, string format) => Chinese("TenThousands", (value / 10_000).ToString(format, Zh));

    /// <summary>The Chinese way of writing a month or 万 (Formats.resx): these branches run only for a Chinese page.</summary>
    private static string Chinese(string name, params object[] args) => Text.Format(Zh, name, args);

    private static readonly TextResource Text = new(typeof(Formats));

    /// <summary>10,000 and more in K, a million and more in M, smaller values grouped; formats for the K and M numbers.</summary>
    internal static string EnglishCompact(double value, string thousands, string millions) => Math.Abs(value) switch
    {
        >= 1_000_000 => (value / 1_000_000).ToString(millions, En) + "M",
        >= 10_000 => (value / 1_000).ToString(thousands, En) + "K",
        _ => value.ToString("#,##0.#", En),
    };

    /// <summary>A CSS length in percent, always with a dot whatever the culture.</summary>
    public static string CssPercent(double fraction) =>
        (Math.Clamp(fraction, 0, 1) * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
