using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Reporting;

namespace Portal.Entry;

/// <summary>
/// When a figure was saved, on the library's clock (China time, as every other time on the portal, whatever the
/// server's zone): 10月25日 14:32, with the year when it is not this year's.
/// </summary>
public static class EntryTime
{
    public static string Format(DateTimeOffset at, TimeProvider clock, IStringLocalizer<EntryPage> text)
    {
        var local = ChinaTime.Of(at);
        var pattern = local.Year == ChinaTime.Now(clock).Year ? text["TimeFormat"] : text["TimeFormatYear"];
        return local.ToString(pattern, CultureInfo.InvariantCulture);
    }
}
