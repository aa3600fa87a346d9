using System.Globalization;

namespace Portal.Shared;

/// <summary>Times for people: in China Standard Time (the library's clock), to the minute.</summary>
public static class Times
{
    private static readonly TimeZoneInfo China = Find();

    public static string Local(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, China).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>The time of day to the second, for announcements that must differ from the previous one.</summary>
    public static string ToSecond(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, China).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
