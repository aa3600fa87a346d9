using System.Globalization;
using Portal.Shared;
using Portal.Wall;

namespace Portal.Tests.Languages;

/// <summary>Numbers and months follow the page's language; Chinese output stays exactly as it was (ADR 036).</summary>
public sealed class EnglishFormatsTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

    private static void Use(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    [Fact]
    public void English_LargeNumbers_HaveThousandsSeparatorsAndKOrM()
    {
        Use("en");
        Assert.Equal("1,045,000", Formats.Number(1_045_000));
        Assert.Equal("93,827.5", Formats.Number(93_827.5, fractional: true));
        Assert.Equal("1M", Formats.Compact(1_000_000));
        Assert.Equal("45K", Formats.Compact(45_000));
        Assert.Equal("9,000", Formats.Compact(9_000));
        Assert.Equal("812K", WallFormats.Compact(812_345));
        Assert.Equal("1.05M", WallFormats.Compact(1_045_000));
        Assert.Equal("820", WallFormats.Compact(820));
    }

    [Fact]
    public void English_Months_AreAbbreviatedNames()
    {
        Use("en");
        Assert.Equal("Jan–Mar", Formats.MonthSpan([1, 2, 3]));
        Assert.Equal("Jan, Apr", Formats.MonthSpan([1, 4]));
        Assert.Equal("Feb, Mar", Formats.Months([2, 3]));
        Assert.Equal("Apr", Formats.MonthName(4));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("")] // the server's invariant culture, as on a container without a locale: still Chinese
    public void Chinese_OrAnyOtherCulture_KeepsTheChineseForms(string culture)
    {
        Use(culture);
        Assert.Equal("1,045,000", Formats.Number(1_045_000));
        Assert.Equal("100万", Formats.Compact(1_000_000));
        Assert.Equal("104.5万", WallFormats.Compact(1_045_000));
        Assert.Equal("1.62万", WallFormats.Compact(16_200));
        Assert.Equal("1–3 月", Formats.MonthSpan([1, 2, 3]));
        Assert.Equal("2月、3月", Formats.Months([2, 3]));
        Assert.Equal("4月", Formats.MonthName(4));
    }
}
