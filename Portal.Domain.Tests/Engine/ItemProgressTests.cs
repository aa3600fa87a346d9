using Portal.Domain;
using Portal.Domain.Progress;

namespace Portal.Domain.Tests.Engine;

public sealed class ItemProgressTests
{
    [Fact]
    public void ItemProgress_Done_SetsOneHundredPercent()
    {
        var p = new ItemProgress("三.1", ItemStatus.Done, 80);

        Assert.Equal(100, p.Percent);
        Assert.Equal(1.0, p.Fraction);
    }

    [Fact]
    public void ItemProgress_NotStarted_SetsZeroPercent()
    {
        Assert.Equal(0, new ItemProgress("三.1", ItemStatus.NotStarted, 30).Percent);
    }

    [Fact]
    public void ItemProgress_InProgress_KeepsPercentAndTrimsNote()
    {
        var p = new ItemProgress("三.1", ItemStatus.InProgress, 35, "  已完成招标  ");

        Assert.Equal(35, p.Percent);
        Assert.Equal(0.35, p.Fraction, 12);
        Assert.Equal("已完成招标", p.Note);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void ItemProgress_PercentOutsideZeroToHundred_IsRefused(int percent)
    {
        var e = Assert.Throws<DomainException>(() => new ItemProgress("三.1", ItemStatus.InProgress, percent));

        Assert.Equal("percent", e.Field);
        Assert.Contains("0 到 100", e.Message);
        Assert.Contains(percent.ToString(), e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void ItemProgress_BlockedWithoutNote_IsRefused(string? note)
    {
        var e = Assert.Throws<DomainException>(() => new ItemProgress("二.1", ItemStatus.Blocked, 20, note));

        Assert.Equal("note", e.Field);
        Assert.Contains("原因", e.Message);
    }

    [Theory]
    [InlineData(ItemStatus.InProgress)]
    [InlineData(ItemStatus.Blocked)]
    public void ItemProgress_UnfinishedAtHundredPercent_AsksForDone(ItemStatus status)
    {
        var e = Assert.Throws<DomainException>(() => new ItemProgress("二.1", status, 100, "原因"));

        Assert.Contains("已完成", e.Message);
    }

    [Fact]
    public void ItemProgress_NoteTooLong_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new ItemProgress("二.1", ItemStatus.InProgress, 10, new string('字', 2001)));

        Assert.Equal("note", e.Field);
        Assert.Contains("2000", e.Message);
    }
}
