using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Entry;

/// <summary>When a figure was saved, in the portal's local time: 10月25日 14:32, with the year when it is not this year's.</summary>
public static class EntryTime
{
    public static string Format(DateTimeOffset at, TimeProvider clock, IStringLocalizer<EntryPage> text)
    {
        var local = TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone);
        var pattern = local.Year == clock.GetLocalNow().Year ? text["TimeFormat"] : text["TimeFormatYear"];
        return local.ToString(pattern, CultureInfo.InvariantCulture);
    }
}
