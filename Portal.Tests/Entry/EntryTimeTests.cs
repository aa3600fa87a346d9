using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Entry;

namespace Portal.Tests.Entry;

/// <summary>
/// Save times on the entry grid are on the library's clock (China time), like every other time on the portal, even
/// on a server that runs in UTC (FakeTimeProvider's zone), as containers usually do.
/// </summary>
public sealed class EntryTimeTests
{
    private static readonly IStringLocalizer<EntryPage> Text = new StringLocalizer<EntryPage>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Fact]
    public void Format_OnAUtcServer_GivesChinaTime_AndLeavesOutThisYear()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 11, 5, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal("11月1日 01:30", EntryTime.Format(new DateTimeOffset(2013, 10, 31, 17, 30, 0, TimeSpan.Zero), clock, Text));
    }

    [Fact]
    public void Format_NewYearsNightInChina_IsThisYearThere_AndLastYearIsWrittenOut()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2012, 12, 31, 16, 30, 0, TimeSpan.Zero)); // 2013-01-01 00:30 in China

        Assert.Equal("1月1日 00:10", EntryTime.Format(new DateTimeOffset(2012, 12, 31, 16, 10, 0, TimeSpan.Zero), clock, Text));
        Assert.Equal("2012年12月31日 23:50", EntryTime.Format(new DateTimeOffset(2012, 12, 31, 15, 50, 0, TimeSpan.Zero), clock, Text));
    }
}
