using Portal.Entry;

namespace Portal.Tests.Entry;

public sealed class EntryNumberTests
{
    [Theory]
    [InlineData("98450", 98_450)]
    [InlineData("98,450", 98_450)]
    [InlineData(" 1,234,567 ", 1_234_567)]
    [InlineData("1 234 567", 1_234_567)]
    [InlineData("1\u00A0234", 1_234)]          // Excel with a French-style group separator
    [InlineData("１２，３４５", 12_345)]        // full-width digits and comma from a Chinese IME
    [InlineData("62.35", 62.35)]
    [InlineData("62。35", 62.35)]              // the IME's full stop for a decimal point
    [InlineData("\"12,345\"", 12_345)]         // quoted by Excel
    [InlineData("-5", -5)]                      // parses; the domain refuses it with its own message
    [InlineData("(1,200)", -1_200)]            // accounting negative
    [InlineData("1e309", double.PositiveInfinity)]
    public void TryParse_NumbersAsStaffTypeThem_AreRead(string text, double expected)
    {
        Assert.True(EntryNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("六万")]
    [InlineData("12a")]
    [InlineData("1.2.3")]
    [InlineData(",")]
    public void TryParse_NotANumber_IsRefused(string text)
    {
        Assert.False(EntryNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData(98_450, false, "98,450")]
    [InlineData(1_000_000, false, "1,000,000")]
    [InlineData(62.345, true, "62.345")]
    [InlineData(600, true, "600")]
    public void Format_StoredValue_ShowsItWhole(double value, bool fractional, string expected)
    {
        Assert.Equal(expected, EntryNumber.Format(value, fractional));
    }

    [Fact]
    public void Same_ValuesTheInputCannotTellApart_AreTheSameFigure()
    {
        Assert.True(EntryNumber.Same(0.1 + 0.2, 0.3, fractional: true));
        Assert.False(EntryNumber.Same(62.345, 62.35, fractional: true));
        Assert.False(EntryNumber.Same(null, 0, fractional: false));
    }
}
