using System.Globalization;

namespace Portal.Domain.Localization;

/// <summary>A list in running text: 甲、乙、丙 in Chinese, "a, b, c" in English (ListText.resx).</summary>
public static class ListText
{
    private static readonly TextResource Text = new(typeof(ListText));

    public static string Join(IEnumerable<string> items) => Join(items, CultureInfo.CurrentUICulture);

    public static string Join(IEnumerable<string> items, CultureInfo culture) => string.Join(Text.Get("Separator", culture), items);
}
