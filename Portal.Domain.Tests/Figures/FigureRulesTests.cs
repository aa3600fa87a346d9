using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Tests.Support;

namespace Portal.Domain.Tests.Figures;

/// <summary>Each rule of <see cref="FigureRules"/>, the one place that decides whether a figure may be saved (ADR 031).</summary>
public sealed class FigureRulesTests
{
    private const string Loans = "circulation.loans";          // a count: whole numbers only
    private const string RubbingsGb = "digitization.rubbings-gb"; // gigabytes: decimals allowed
    private const string ReaderServices = "reader-services";
    private const string Office = "office";
    private static readonly Plan Plan2013 = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));

    private static List<FigureError> Check(Plan plan, params FigureInput[] writes) => FigureRules.Check(plan, writes);

    private static FigureInput Write(string kpi, int month, double? value, string? note = null, string division = ReaderServices) =>
        new(new FigureCell(kpi, division, month), value, note);

    private static FigureError Single(params FigureInput[] writes) => Assert.Single(Check(Plan2013, writes));

    [Fact]
    public void ARealisticBatch_WithADeletion_IsSavable()
    {
        Assert.Empty(Check(Plan2013,
            Write(Loans, 10, 58_936, "含流动站"),
            Write(RubbingsGb, 10, 12.75, division: "digital"),
            Write(Loans, 9, null)));
    }

    [Fact]
    public void AnUnknownKpi_IsRefusedOnItsField()
    {
        var error = Single(Write("circulation.loan", 10, 58_936));

        Assert.Equal((0, "kpi"), (error.Index, error.Field));
        Assert.Contains("未知的指标代码“circulation.loan”", error.Message);
    }

    [Fact]
    public void AnUnknownDivision_IsRefusedOnItsField()
    {
        var error = Single(Write(Loans, 10, 58_936, division: "reader-service"));

        Assert.Equal("division", error.Field);
        Assert.Contains("未知的部门代码“reader-service”", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void AMonthOutsideTheYear_IsRefused(int month)
    {
        var error = Single(Write(Loans, month, 58_936));

        Assert.Equal("month", error.Field);
        Assert.Equal($"月份必须在 1 到 12 之间，收到的是 {month}。", error.Message);
    }

    [Theory]
    [InlineData(double.NaN, "有限的数字")]
    [InlineData(double.PositiveInfinity, "有限的数字")]
    [InlineData(-1, "不能为负数")]
    [InlineData(1e12 + 1e6, "过大")]
    public void AValueOutOfRange_IsRefused(double value, string why)
    {
        var error = Single(Write(Loans, 10, value));

        Assert.Equal("value", error.Field);
        Assert.Contains(why, error.Message);
    }

    [Fact]
    public void TheLargestValue_IsSavable() => Assert.Empty(Check(Plan2013, Write(Loans, 10, FigureValue.Max)));

    [Fact]
    public void ACountWithDecimals_IsRefused_WhileGigabytesMayHaveThem()
    {
        var error = Single(Write(Loans, 10, 58_936.5));

        Assert.Equal("value", error.Field);
        Assert.Contains("必须是整数", error.Message);
        Assert.Empty(Check(Plan2013, Write(RubbingsGb, 10, 58_936.5, division: "digital")));
    }

    [Fact]
    public void AValueForAnUnknownKpi_IsStillCheckedForRange()
    {
        var errors = Check(Plan2013, Write("no.such-kpi", 10, -5));

        Assert.Equal(["kpi", "value"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("kpi")]
    [InlineData("division")]
    public void ARetiredKpiOrDivision_IsRefusedFromItsMonthOn_AndMayBeCorrectedBefore(string retired)
    {
        // The plan is built with 办公室 already retired: the rule reads RetiredFrom, however the plan came to carry it.
        var (plan, division) = retired == "kpi"
            ? (PlanRevisions.RetireKpi(Plan2013, Loans, fromMonth: 10), ReaderServices)
            : (WithRetiredOffice(fromMonth: 10), Office);

        var error = Assert.Single(Check(plan, Write(Loans, 10, 58_936, division: division)));

        Assert.Equal(retired, error.Field);
        Assert.Contains("已于 10 月起停用，10 月不能再填报", error.Message);
        Assert.Empty(Check(plan, Write(Loans, 9, 58_936, division: division)));
    }

    private static Plan WithRetiredOffice(int fromMonth) => new(Plan2013.Year, Plan2013.Title, Plan2013.Sections, Plan2013.Kpis,
        Plan2013.Divisions.Select(d => d.Code == Office ? d with { RetiredFrom = fromMonth } : d).ToList());

    [Fact]
    public void ANoteOfTheColumnsLength_IsSavable_OneMoreIsRefused()
    {
        Assert.Empty(Check(Plan2013, Write(Loans, 10, 58_936, new string('借', FigureRules.NoteLength))));

        var error = Single(Write(Loans, 10, 58_936, new string('借', FigureRules.NoteLength + 1)));

        Assert.Equal("note", error.Field);
        Assert.Equal("备注最多 2000 个字符，现有 2001 个。请精简后再保存。", error.Message);
    }

    [Theory]
    [InlineData(0x0007, "第 5 个字符是不可见的控制字符（U+0007）")]
    [InlineData(0xD800, "第 5 个字符是不完整的 Unicode 字符（U+D800）")] // half of an emoji: an attribute cannot carry it as text
    public void ANoteWithAControlCharacterOrHalfACharacter_IsRefused(int codeUnit, string why)
    {
        var error = Single(Write(Loans, 10, 58_936, "含流动站" + (char)codeUnit));

        Assert.Equal("note", error.Field);
        Assert.Contains(why, error.Message);
    }

    [Fact]
    public void ANoteWithLineBreaksTabsAndAnEmoji_IsSavable() =>
        Assert.Empty(Check(Plan2013, Write(Loans, 10, 58_936, "含流动站\r\n\t另含自助借还 📚")));

    [Fact]
    public void TheSameCellTwiceInABatch_IsRefusedAtItsSecondWrite()
    {
        var errors = Check(Plan2013, Write(Loans, 10, 58_936), Write(Loans, 9, 57_000), Write(Loans, 10, 59_140));

        var error = Assert.Single(errors);
        Assert.Equal((2, "month"), (error.Index, error.Field));
        Assert.Contains($"（{Loans} / {ReaderServices} / 10 月）出现了不止一次", error.Message);
    }

    [Fact]
    public void ValueProblem_SaysWhatTheGridShowsAsTheUserTypes()
    {
        var loans = Plan2013.Kpi(Loans);

        Assert.Null(FigureRules.ValueProblem(loans, 58_936));
        Assert.Contains("必须是整数", FigureRules.ValueProblem(loans, 0.5));
        Assert.Contains("不能为负数", FigureRules.ValueProblem(loans, -1));
        Assert.Null(FigureRules.ValueProblem(Plan2013.Kpi(RubbingsGb), 0.5));
    }
}
