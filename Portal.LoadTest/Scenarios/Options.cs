using System.Globalization;

namespace Portal.LoadTest.Scenarios;

internal static class Options
{
    public static int Int(this IReadOnlyDictionary<string, string> options, string key, int fallback) =>
        options.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static string Text(this IReadOnlyDictionary<string, string> options, string key, string fallback) =>
        options.GetValueOrDefault(key, fallback);
}
