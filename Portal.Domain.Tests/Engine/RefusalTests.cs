using Portal.Domain;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>Bad input is refused with the one DomainException and a readable Chinese message, and changes nothing.</summary>
public sealed class RefusalTests
{
    private static void AssertRefused(Action action, string field, params string[] says)
    {
        var e = Assert.Throws<DomainException>(action);
        Assert.Equal(field, e.Field);
        Assert.Contains(e.Message, c => c is >= '\u4e00' and <= '\u9fff');  // written in Chinese
        foreach (var s in says) Assert.Contains(s, e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Refuse_MonthOutsideOneToTwelve(int month)
    {
        var ledger = Ledger(FirstQuarter.Figures);
        AssertRefused(() => _ = F(Loans, "branches", month, 14_500), "month", "1 到 12", month.ToString());
        AssertRefused(() => ledger.Set(Loans, "branches", month, 14_500), "month", month.ToString());
        AssertRefused(() => CompletionEngine.Default.Evaluate(ledger, month), "month");
        Assert.Equal(FirstQuarter.Figures.Length, ledger.Count);
    }

    [Theory]
    [InlineData(-120, "负数")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "无穷大")]
    [InlineData(double.NegativeInfinity, "无穷大")]
    public void Refuse_NegativeNaNOrInfiniteValue(double value, string says)
    {
        var ledger = Ledger(FirstQuarter.Figures);
        AssertRefused(() => _ = F(Loans, "branches", 4, value), "value", says);
        AssertRefused(() => ledger.Set(Loans, "branches", 3, value), "value", says);
        Assert.Equal(17_200, ledger.Value(Library.KpiIndex(Loans), Library.DivisionIndex("branches"), 3));
    }

    [Fact]
    public void Refuse_UnknownKpi()
    {
        var ledger = Ledger(FirstQuarter.Figures);
        AssertRefused(() => ledger.Add(F("circulation.loan", "branches", 4, 15_000)), "kpi", "未知的指标代码", "circulation.loan");
        AssertRefused(() => ledger.Set("circulation.loan", "branches", 4, 15_000), "kpi", "circulation.loan");
        AssertRefused(() => CompletionEngine.Default.Evaluate(ledger).Kpi("circulation.loan"), "kpi", "circulation.loan");
        Assert.Equal(3, ledger.LatestMonth);
    }

    [Fact]
    public void Refuse_UnknownDivision()
    {
        var ledger = Ledger(FirstQuarter.Figures);
        AssertRefused(() => ledger.Add(F(Loans, "bookmobile", 4, 8_000)), "division", "未知的部门代码", "bookmobile");
        AssertRefused(() => ledger.Set(Loans, "bookmobile", 4, 8_000), "division", "bookmobile");
        Assert.Equal(FirstQuarter.Figures.Length, ledger.Count);
    }

    [Fact]
    public void Refuse_DuplicateFigureForSameKpiDivisionAndMonth()
    {
        var ledger = Ledger(FirstQuarter.Figures);
        AssertRefused(() => ledger.Add(F(Loans, "branches", 3, 17_300)), "month", "外借文献", "3 月", "分馆与流通站", "重复");
        Assert.Equal(17_200, ledger.Value(Library.KpiIndex(Loans), Library.DivisionIndex("branches"), 3));
    }

    [Fact]
    public void Refuse_DuplicateInOneImport_LeavesTheLedgerAsItWas()
    {
        var ledger = Ledger(FirstQuarter.Figures);
        var before = CompletionEngine.Default.Evaluate(ledger);
        MonthlyFigure[] april = [F(Loans, "reader-services", 4, 64_000), F(Loans, "branches", 4, 16_800), F(Loans, "reader-services", 4, 46_000)];

        AssertRefused(() => ledger.AddRange(april), "month", "重复");

        Assert.Equal(FirstQuarter.Figures.Length, ledger.Count);
        Assert.Equal(3, ledger.LatestMonth);
        Assert.Null(ledger.Value(Library.KpiIndex(Loans), Library.DivisionIndex("reader-services"), 4));
        Assert.Null(ledger.Value(Library.KpiIndex(Loans), Library.DivisionIndex("branches"), 4));
        Ledgers.AssertSame(before, CompletionEngine.Default.Evaluate(ledger));
        ledger.Add(F(Loans, "reader-services", 4, 64_000));  // the refused import left no trace to collide with
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(0.1)]
    public void Refuse_FractionalValueForWholeCountKpi(double lectures)
    {
        var ledger = Ledger(FirstQuarter.Figures);
        AssertRefused(() => ledger.Add(F(Lectures, "outreach", 4, lectures)), "value", "中、高端讲座", "整数");
        AssertRefused(() => ledger.Set(Lectures, "outreach", 4, lectures), "value", "整数");
        Assert.Null(ledger.Value(Library.KpiIndex(Lectures), Library.DivisionIndex("outreach"), 4));
    }

    [Fact]
    public void Accept_FractionalValueForGigabyteKpi()
    {
        var ledger = Ledger(FirstQuarter.Figures);
        ledger.Set(Rubbings, "digital", 4, 49.75);
        Assert.Equal(187.25, ledger.ActualAt(Library.KpiIndex(Rubbings), 4));  // 137.5 + 49.75
    }

    [Fact]
    public void Refuse_IndexBasedSetOutsideTheYear()
    {
        var ledger = Ledger(FirstQuarter.Figures);
        AssertRefused(() => ledger.Set(Library.KpiIndex(Lectures), Library.DivisionIndex("office"), 13, 5), "month", "13");
        // In the dense array, month 13 of the last division is January of the next KPI's first division.
        Assert.Null(ledger.Value(Library.KpiIndex(Lectures) + 1, 0, 1));
        Assert.Equal(FirstQuarter.Figures.Length, ledger.Count);
    }
}
