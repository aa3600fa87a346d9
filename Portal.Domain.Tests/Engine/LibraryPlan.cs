using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// A provincial library's plan in miniature, with the 2013 plan's numbers: loans 1,000,000 split 700,000 /
/// 200,000 / 100,000, 约 600 GB of rubbings, a 290,000 card stock, 12 lectures paced by season.
/// Use with <c>using static</c>: <c>Ledger(F(Loans, "branches", 3, 17_200))</c>.
/// </summary>
public static class LibraryPlan
{
    public const string Rubbings = "digitization.rubbings-gb";
    public const string Gazetteers = "digitization.gazetteers";
    public const string Loans = "circulation.loans";
    public const string Cards = "readers.total-cards";
    public const string Lectures = "lectures.high-end";
    public const string RepairedPages = "ancient-books.repaired-pages";
    public const string OutreachLectures = "sharing.outreach-lectures";
    public const string TrainingHours = "network.training-hours";

    /// <summary>Lectures planned per month: none over Spring Festival or the summer, three around World Book Day.</summary>
    public static readonly double[] LectureSeason = [0, 1, 1, 3, 1, 1, 0, 0, 1, 2, 1, 1];

    public static Plan Library { get; } = new PlanBuilder()
        .Division("reader-services", "读者服务部")
        .Division("branches", "分馆与流通站")
        .Division("mobile-library", "汽车图书馆")
        .Division("accessibility", "视障服务中心")
        .Division("digital", "数字资源部")
        .Division("outreach", "社会活动部")
        .Division("ancient-books", "历史文献部（省古籍保护中心）")
        .Division("sharing", "共享工程浙江分中心")
        .Division("research", "研究辅导部")
        .Division("office", "办公室")
        .Section("三", "加强文献资源建设")
        .Kpi(Rubbings, "馆藏拓片数字化扫描", "三", 600, "GB", "digital", Qualifier.About, fractional: true)
        .Kpi(Gazetteers, "新编方志全文数字化", "三", 170, "种", "digital")
        .Section("四", "提升读者服务水平")
        .Kpi(Loans, "外借文献", "四", 1_000_000, "册次", "reader-services", Qualifier.AtLeast,
            split: new() { ["reader-services"] = 700_000, ["branches"] = 200_000, ["mobile-library"] = 100_000 })
        .Kpi(Cards, "累计办理读者证", "四", 290_000, "张", "reader-services", aggregation: Aggregation.Stock)
        .Kpi(Lectures, "中、高端讲座", "四", 12, "场", "outreach", seasonality: LectureSeason)
        .Section("五", "推进古籍保护与共享工程")
        .Section("五(一)", "中华古籍保护计划", parent: "五")
        .Kpi(RepairedPages, "古籍修复（中度损坏）", "五(一)", 9_000, "页", "ancient-books")
        .Section("五(二)", "文化信息资源共享工程", parent: "五")
        .Kpi(OutreachLectures, "下基层巡讲", "五(二)", 100, "场", "sharing")
        .Section("六", "推进全省公共图书馆事业发展")
        .Kpi(TrainingHours, "全省基层馆员业务培训", "六", 840, "课时", "research")
        .Section("八", "加强自身建设")
        .Item("八", "加强干部队伍建设")
        .Build();

    public static MonthlyFigure F(string kpi, string division, int month, double value) => new(kpi, division, month, value);

    public static FigureLedger Ledger(params MonthlyFigure[] figures)
    {
        var ledger = new FigureLedger(Library);
        ledger.AddRange(figures);
        return ledger;
    }

    public static PlanEvaluation Evaluate(params MonthlyFigure[] figures) => CompletionEngine.Default.Evaluate(Ledger(figures));

    /// <summary>Figures for the first months of a flow KPI, one division, Jan onwards.</summary>
    public static IEnumerable<MonthlyFigure> Series(string kpi, string division, params double[] values) =>
        values.Select((v, i) => F(kpi, division, i + 1, v));
}
