namespace Portal.Domain.Reporting;

/// <summary>
/// The library's clock: China Standard Time, UTC+8 all year (China has kept no daylight saving time since 1991), so
/// a fixed offset is exact and needs no time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The instant a China calendar day starts (00:00 +08:00).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>A moment on a China calendar day.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);

    /// <summary>An instant on the library's clock, whatever time zone the server runs in (containers often run in UTC).</summary>
    public static DateTimeOffset Of(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>Now on the library's clock: what "this month" and "this year" mean to its users.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => Of(clock.GetUtcNow());

    /// <summary>The China calendar day of an instant.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
}
