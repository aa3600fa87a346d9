using System.Globalization;

namespace Portal.Languages;

/// <summary>
/// The portal's two languages: Simplified Chinese (the default, the library's own) and English. Anything else a
/// browser, a cookie or an account asks for falls back to Chinese (ADR 036).
/// </summary>
public static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Chinese, English];

    /// <summary>The supported name for what a user asked for (en, EN, en-US → en; zh, zh-Hans → zh-CN); null for anything else.</summary>
    public static string? Normalize(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "en" or "en-us" or "en-gb" => English,
        "zh" or "zh-cn" or "zh-hans" or "zh-hans-cn" => Chinese,
        _ => null,
    };

    /// <summary>True when text for people should be in English (en and its regional forms); Chinese otherwise.</summary>
    public static bool IsEnglish(CultureInfo culture) =>
        culture.Name.Equals(English, StringComparison.OrdinalIgnoreCase) || culture.Parent.Name.Equals(English, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the current UI culture is English: the one switch number and date formats follow.</summary>
    public static bool InEnglish => IsEnglish(CultureInfo.CurrentUICulture);

    public static CultureInfo Culture(string? name) => CultureInfo.GetCultureInfo(Normalize(name) ?? Chinese);
}
