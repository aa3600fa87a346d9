using Portal.Domain.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("三", 3)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("三百二十", 320)]
    [InlineData("八千", 8000)]
    [InlineData("一万五千", 15000)]
    [InlineData("一万零五百", 10500)]
    [InlineData("两万", 20000)]
    [InlineData("一亿五千万", 150000000)]
    public void Parse_PositionalNumeral_ReturnsItsValue(string numeral, double value) =>
        Assert.Equal(value, ChineseNumerals.Parse(numeral));

    [Theory]
    [InlineData("二三")]
    [InlineData("十三五")]
    [InlineData("二〇一六")]
    [InlineData("千")]
    [InlineData("万")]
    public void Parse_NotANumber_ReturnsNull(string run) => Assert.Null(ChineseNumerals.Parse(run));

    [Theory]
    [InlineData("二〇一六", 2016)]
    [InlineData("二零一五", 2015)]
    public void ParseYear_DigitByDigit_ReturnsTheYear(string run, int year) => Assert.Equal(year, ChineseNumerals.ParseYear(run));
}
