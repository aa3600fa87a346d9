using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Data.Configurations;

/// <summary>SQLite cannot order or compare DateTimeOffset; store UTC ticks so that "newest first" sorts in SQL.</summary>
internal static class UtcTicks
{
    public static readonly ValueConverter<DateTimeOffset, long> Converter =
        new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
