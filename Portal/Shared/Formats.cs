using System.Globalization;
using Portal.Domain.Plans;

namespace Portal.Shared;

/// <summary>Numbers for people: thousands separators, units, and percentages with one decimal.</summary>
public static class Formats
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    public static string Number(double value, bool fractional = false) =>
        value.ToString(fractional ? "#,##0.##" : "#,##0", Zh);

    public static string Number(double? value, bool fractional = false) => value is { } v ? Number(v, fractional) : "—";

    public static string Quantity(double value, Kpi kpi) => $"{Number(value, kpi.Fractional)} {kpi.Target.Unit}";

    public static string Percent(double? fraction) =>
        fraction is { } f && double.IsFinite(f) ? (f * 100).ToString("0.0", Zh) + "%" : "—";
}
