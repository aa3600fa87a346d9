using Portal.Domain.Engine;
using Portal.Domain.Plans;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>A year-end forecast is a quantity of the KPI: whole 期 and 集 unless the KPI is fractional (GB).</summary>
public sealed class ForecastPrecisionTests
{
    private const string Courses = "ancient-books.training-courses", Films = "sharing.documentaries", Events = "network.reading-events";

    private static readonly Plan Plan = new PlanBuilder()
        .Division("ancient-books", "历史文献部（省古籍保护中心）")
        .Division("sharing", "共享工程浙江分中心")
        .Division("digital", "数字资源部")
        .Section("五", "推进古籍保护与共享工程")
        .Kpi(Courses, "古籍保护工作培训班", "五", 3, "期", "ancient-books")
        .Kpi(Films, "自行拍摄专题片", "五", 6, "集", "sharing")
        .Kpi(Events, "未成年人读书节读书活动", "五", 200, "场", "sharing", Qualifier.About)
        .Kpi(Rubbings, "馆藏拓片数字化扫描", "五", 600, "GB", "digital", Qualifier.About, fractional: true)
        .Build();

    private static PlanEvaluation Evaluate(int month, params Portal.Domain.Figures.MonthlyFigure[] figures)
    {
        var ledger = new FigureLedger(Plan);
        ledger.AddRange(figures);
        return CompletionEngine.Default.Evaluate(ledger, month);
    }

    [Fact]
    public void Forecast_WholeUnits_RoundToWholeNumbers()
    {
        // October: 1 course × 12/10 = 1.2 → 1 期; 2 films × 12/10 = 2.4 → 2 集.
        var e = Evaluate(10, F(Courses, "ancient-books", 5, 1), F(Films, "sharing", 4, 1), F(Films, "sharing", 9, 1));
        Assert.Equal(1, e.Kpi(Courses).Forecast);
        Assert.Equal(2, e.Kpi(Films).Forecast);
    }

    [Fact]
    public void Forecast_HalfAUnit_RoundsAwayFromZero()
    {
        // August: 5 events × 12/8 = 7.5 → 8 场; 3 events × 12/8 = 4.5 → 5 场 (banker's rounding would give 4).
        Assert.Equal(8, Evaluate(8, F(Events, "sharing", 4, 5)).Kpi(Events).Forecast);
        Assert.Equal(5, Evaluate(8, F(Events, "sharing", 4, 3)).Kpi(Events).Forecast);
    }

    [Fact]
    public void Forecast_FractionalKpi_KeepsItsDecimals()
    {
        // February: 46.5 + 38.25 = 84.75 GB × 12/2 = 508.5 GB.
        var e = Evaluate(2, F(Rubbings, "digital", 1, 46.5), F(Rubbings, "digital", 2, 38.25));
        Assert.Equal(508.5, e.Kpi(Rubbings).Forecast);
    }

    [Fact]
    public void Forecast_BeforeTheFirstMonthWithData_IsNotGiven()
    {
        // The first course is in May: as of April there is nothing to project.
        var april = Evaluate(4, F(Courses, "ancient-books", 5, 1));
        Assert.Null(april.Kpi(Courses).Forecast);
        Assert.Equal(KpiStatus.NoData, april.Kpi(Courses).Status);
    }
}
