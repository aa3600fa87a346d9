using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Benchmarks;

/// <summary>
/// A province of libraries sharing one synthetic plan: 20 divisions, 50 KPIs in 8 sections (two with sub-sections),
/// one KPI in five a stock, one in seven split among three divisions, one in six seasonal, one in ten in GB.
/// Every library reports every KPI for every division and month: 12,000 figures each.
/// </summary>
public static class SyntheticProvince
{
    public const int Divisions = 20, Kpis = 50, Months = 12;

    private static readonly double[] Season = [0.9, 0.6, 1, 1, 1, 0.9, 1.3, 1.3, 1, 1, 1, 1];

    public static Plan Plan { get; } = BuildPlan();

    public static Plan BuildPlan()
    {
        var divisions = Enumerable.Range(1, Divisions).Select(d => new Division($"div-{d:00}", $"部门{d}")).ToList();
        var sections = new List<Section>();
        var kpis = new List<Kpi>();
        string[] top = ["一", "二", "三", "四", "五", "六", "七", "八"];
        var sectionCodes = top.Concat(["五(一)", "五(二)", "七(一)"]).ToArray();
        for (var s = 0; s < sectionCodes.Length; s++)
        {
            var code = sectionCodes[s];
            var items = new List<PlanItem>();
            for (var k = s; k < Kpis; k += sectionCodes.Length)
            {
                items.Add(new PlanItem($"{code}.{items.Count + 1}", code, items.Count + 1, $"任务 {k}", divisions[k % Divisions].Code));
                kpis.Add(NewKpi(k, items[^1].Code, code, divisions));
            }
            var parent = code.Contains('(') ? code[..1] : null;
            sections.Add(new Section(code, $"章节 {code}", parent, items));
        }
        kpis.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new Plan(2013, "全省合成计划", sections, kpis, divisions);
    }

    private static Kpi NewKpi(int k, string item, string section, List<Division> divisions)
    {
        var stock = k % 5 == 4;
        var lead = divisions[k % Divisions].Code;
        var target = stock ? 300_000 : 12_000 * (1 + k % 9);
        Dictionary<string, double>? split = k % 7 == 3
            ? new() { [lead] = target * 0.7, [divisions[(k + 1) % Divisions].Code] = target * 0.2, [divisions[(k + 2) % Divisions].Code] = target * 0.1 }
            : null;
        return new Kpi($"kpi-{k:00}", $"指标 {k}", item, section,
            new Target(target, k % 10 == 0 ? "GB" : "件", (Qualifier)(k % 3)),
            stock ? Aggregation.Stock : Aggregation.Flow, lead, split,
            !stock && k % 6 == 1 ? Season : null, fractional: k % 10 == 0);
    }

    /// <summary>One library's full year: a deterministic mix of values around a twelfth of the target.</summary>
    public static List<MonthlyFigure> FiguresFor(int library)
    {
        var random = new Random(library);
        var figures = new List<MonthlyFigure>(Kpis * Divisions * Months);
        foreach (var kpi in Plan.Kpis)
            foreach (var division in Plan.Divisions)
            {
                var level = 10_000.0 + random.Next(5_000);
                for (var m = 1; m <= Months; m++)
                {
                    double value = kpi.Aggregation == Aggregation.Stock
                        ? level += random.Next(300)
                        : random.Next((int)(kpi.Target.Value / Months / Divisions * 2) + 1);
                    if (kpi.Fractional) value += random.Next(4) / 4.0;
                    figures.Add(new MonthlyFigure(kpi.Code, division.Code, m, value));
                }
            }
        return figures;
    }
}
