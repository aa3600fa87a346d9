using Portal.Entry;

namespace Portal.Tests.Entry;

public sealed class PastedColumnTests
{
    [Fact]
    public void Cells_ExcelColumnOnWindows_DropsTheTrailingLineBreak()
    {
        Assert.Equal(["58,120", "61,307", "66,812"], PastedColumn.Cells("58,120\r\n61,307\r\n66,812\r\n"));
    }

    [Fact]
    public void Cells_UnixAndOldMacLineBreaks_SplitTheSame()
    {
        Assert.Equal(["1", "2", "3"], PastedColumn.Cells("1\n2\r3"));
    }

    [Fact]
    public void Cells_SeveralColumnsSelected_TakesTheFirstOfEachLine()
    {
        Assert.Equal(["58,120", "61,307"], PastedColumn.Cells("58,120\t外借\t备注\r\n61,307\t外借\t\r\n"));
    }

    [Fact]
    public void Cells_EmptyCellInTheMiddle_StaysEmptySoItsRowIsLeftAlone()
    {
        Assert.Equal(["1,834", "", "61,000"], PastedColumn.Cells("1,834\r\n\r\n61,000\r\n\r\n"));
    }

    [Fact]
    public void Cells_QuotedCells_AreUnquoted()
    {
        Assert.Equal(["12,345", "6"], PastedColumn.Cells("\"12,345\"\n 6 \n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\r\n")]
    public void Cells_NothingPasted_IsNoCells(string? text)
    {
        Assert.Empty(PastedColumn.Cells(text));
    }
}
