namespace Portal.Tests.Support.Entry;

/// <summary>A clock stopped at one instant, in China Standard Time whatever the machine's zone.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private static readonly TimeZoneInfo ChinaStandardTime =
        TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    public override TimeZoneInfo LocalTimeZone => ChinaStandardTime;
}
