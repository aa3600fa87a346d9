using System.Globalization;

namespace Portal.Accounts;

/// <summary>Times for people, in China Standard Time (UTC+8, no daylight saving) whatever the server's zone.</summary>
public static class PortalTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? at) => at is { } v ? Format(v) : "—";
}
