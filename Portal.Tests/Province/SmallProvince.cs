using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Province;

namespace Portal.Tests.Province;

/// <summary>
/// A province checked by hand: 浙江图书馆, two cities and four counties, each evaluated by the real engine as of June
/// from a two-KPI plan (120,000 loans by 外借部, 48 talks by 活动推广部, both flows): a library's completion is its
/// loans and talks through June over those targets, and its overall completion their mean.
/// </summary>
internal static class SmallProvince
{
    public const int Month = 6;

    private const string PlanJson = """
        { "year": 2013, "title": "2013 年工作要点",
          "divisions": [ { "code": "lending", "name": "外借部" }, { "code": "events", "name": "活动推广部" } ],
          "sections": [ { "code": "一", "title": "基本服务", "items": [
              { "code": "一.1", "number": 1, "text": "外借图书 12 万册次，举办讲座 48 场。", "owner": "lending" } ] } ],
          "kpis": [
            { "code": "lending.loans", "name": "外借图书", "item": "一.1", "target": 120000, "unit": "册次", "qualifier": "at-least", "aggregation": "flow", "lead": "lending" },
            { "code": "events.talks", "name": "讲座", "item": "一.1", "target": 48, "unit": "场", "qualifier": "target", "aggregation": "flow", "lead": "events" } ] }
        """;

    public static readonly Plan Plan = PlanFile.Parse(PlanJson);
    private static readonly Division Lending = Plan.Division("lending"), Events = Plan.Division("events");

    /// <summary>
    /// Overall completions through June: 西湖 (84,000 loans: 70%, 30 talks: 62.5%) 66.25%, 鄞州 (45%, 75%) 60%, 浙图
    /// (55%, 62.5%) 58.75%, 杭州 (60%, 50%) 55%, 余杭 (50%, 37.5%) 43.75%, 宁波 (40%, 37.5%) 38.75%, 慈溪 (36,000 and 10
    /// through May: 30%, 20.83%) 25.42%.
    /// 慈溪 has not submitted June (reported through May only) and is late; 余杭's 活动推广部 was sent back; the others
    /// submitted both divisions. 西湖 had 50% a year before; nobody else has a previous year.
    /// </summary>
    public static IReadOnlyList<LibraryMonth> Libraries() =>
    [
        Library(1, "zjlib", "浙江图书馆", LibraryLevel.Province, null, null, 11_000, 5, Submitted()),
        Library(2, "hz-lib", "杭州图书馆", LibraryLevel.City, "浙江图书馆", "杭州图书馆", 12_000, 4, Submitted()),
        Library(3, "xh-lib", "杭州市西湖区图书馆", LibraryLevel.County, "杭州图书馆", "杭州图书馆", 14_000, 5, Submitted(), lastYear: (10_000, 4)),
        Library(4, "yh-lib", "杭州市余杭区图书馆", LibraryLevel.County, "杭州图书馆", "杭州图书馆", 10_000, 3,
            new MonthReporting([Lending, Events], [Lending], [Events], [Events])),
        Library(5, "nb-lib", "宁波市图书馆", LibraryLevel.City, "浙江图书馆", "宁波市图书馆", 8_000, 3, Submitted()),
        Library(6, "yz-lib", "宁波市鄞州区图书馆", LibraryLevel.County, "宁波市图书馆", "宁波市图书馆", 9_000, 6, Submitted()),
        Library(7, "cx-lib", "慈溪市图书馆", LibraryLevel.County, "宁波市图书馆", "宁波市图书馆", 7_200, 2,
            new MonthReporting([Lending, Events], [], [Lending, Events], []), months: 5),
    ];

    private static MonthReporting Submitted() => new([Lending, Events], [Lending, Events], [], []);

    /// <param name="loans">Loans each month (January to <paramref name="months"/>).</param>
    /// <param name="talks">Talks each month.</param>
    private static LibraryMonth Library(int id, string code, string name, LibraryLevel level, string? parent, string? city,
        double loans, double talks, MonthReporting reporting, (double Loans, double Talks)? lastYear = null, int months = Month) =>
        new(id, code, name, level, parent, city, Evaluate(loans, talks, months),
            lastYear is { } last ? Evaluate(last.Loans, last.Talks, Month) : null, reporting);

    private static PlanEvaluation Evaluate(double loans, double talks, int months)
    {
        var ledger = new FigureLedger(Plan);
        for (var m = 1; m <= months; m++)
        {
            ledger.Add(new MonthlyFigure("lending.loans", "lending", m, loans));
            ledger.Add(new MonthlyFigure("events.talks", "events", m, talks));
        }
        return CompletionEngine.Default.Evaluate(ledger, Month);
    }
}
