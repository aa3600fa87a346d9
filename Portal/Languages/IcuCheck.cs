using System.Globalization;
using System.Resources;

namespace Portal.Languages;

/// <summary>
/// Without ICU (InvariantGlobalization, or no libicu with invariant mode forced) "zh-CN" silently formats like the
/// invariant culture, or cannot be created at all: the portal would run with English month names and no error.
/// </summary>
public static class IcuCheck
{
    /// <summary>Null when the probe gives real Chinese culture data; otherwise the bilingual explanation of what to install.</summary>
    public static string? Problem(Func<string, CultureInfo> probe)
    {
        string found;
        try
        {
            var zh = probe(PortalCultures.Chinese);
            var invariant = CultureInfo.InvariantCulture.DateTimeFormat;
            if (zh.DateTimeFormat.GetMonthName(4) != invariant.GetMonthName(4) && zh.DateTimeFormat.GetDayName(DayOfWeek.Monday) != invariant.GetDayName(DayOfWeek.Monday)) return null;
            found = $"\"{zh.Name}\" = invariant";
        }
        catch (CultureNotFoundException e)
        {
            found = e.Message;
        }
        var text = new ResourceManager(typeof(LanguageText)).GetString("Icu.Missing", CultureInfo.InvariantCulture)!;
        return string.Format(CultureInfo.InvariantCulture, text, found);
    }

    /// <summary>At start-up: logs an error (and the portal still starts, in degraded form) when ICU is missing.</summary>
    public static void LogIfMissing(ILogger logger)
    {
        if (Problem(name => new CultureInfo(name)) is { } problem) logger.LogError("{Problem}", problem);
    }
}
