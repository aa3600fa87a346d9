using System.Text.Json.Nodes;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.Support;

/// <summary>
/// A 2014 plan continuing every KPI of 2013 (the 2013 plan file with year 2014, each KPI's `previous` its own code,
/// and 累计办理读者证 raised to 310,000 from 285,000), with figures for January–March of both years:
/// <code>
///                         2013 Jan / Feb / Mar         as of Mar    2014 Jan / Feb / Mar        as of Mar   同比
///   circulation.visits    80,000 / 60,000 / 90,000      230,000     88,000 /   —    / 99,000      187,000   +10%  (Feb left out: 187,000 / 170,000)
///    (2013 Jan = reader-services 70,000 + branches 10,000)
///   circulation.loans     50,000 / 40,000 / 60,000      150,000     45,000 / 36,000 / 54,000      135,000   -10%
///   readers.total-cards        —  /   —   / 274,900     274,900          — /    —   / 288,645      288,645    +5%  (gain 3,645 of 25,000)
///   lectures.high-end          —  /   1   /   1               2          — /    —   /    —              —     —
/// </code>
/// </summary>
public static class TwoYears
{
    public const string Visits = "circulation.visits", Loans = "circulation.loans", Cards = "readers.total-cards", Lectures = "lectures.high-end";

    public static string Plan2014Json { get; } = Build2014();

    public static Plan Plan2013 { get; } = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));

    public static Plan Plan2014 { get; } = PlanFile.Parse(Plan2014Json);

    /// <summary>The 2013 plan as it was before stocks had an opening level.</summary>
    public static Plan Plan2013WithoutOpening { get; } = WithoutOpening();

    private static MonthlyFigure F(string kpi, int month, double value, string division = "reader-services") => new(kpi, division, month, value);

    public static MonthlyFigure[] Figures2013 { get; } =
    [
        F(Visits, 1, 70_000), F(Visits, 1, 10_000, "branches"), F(Visits, 2, 60_000), F(Visits, 3, 90_000),
        F(Loans, 1, 50_000), F(Loans, 2, 40_000), F(Loans, 3, 60_000),
        F(Cards, 3, 274_900),
        F(Lectures, 2, 1, "outreach"), F(Lectures, 3, 1, "outreach"),
    ];

    public static MonthlyFigure[] Figures2014 { get; } =
    [
        F(Visits, 1, 88_000), F(Visits, 3, 99_000),
        F(Loans, 1, 45_000), F(Loans, 2, 36_000), F(Loans, 3, 54_000),
        F(Cards, 3, 288_645),
    ];

    /// <summary>Writes the 2014 plan to a temp file (for Portal:SeedPlans) and returns its path.</summary>
    public static string WritePlan2014()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-2014-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Plan2014Json);
        return path;
    }

    private static Plan WithoutOpening()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.Seed("plan-2013.json")))!.AsObject();
        foreach (var kpi in root["kpis"]!.AsArray()) kpi!.AsObject().Remove("opening");
        return PlanFile.Parse(root.ToJsonString());
    }

    private static string Build2014()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.Seed("plan-2013.json")))!.AsObject();
        root["year"] = 2014;
        root["title"] = "浙江图书馆2014年工作要点（测试）";
        foreach (var kpi in root["kpis"]!.AsArray())
        {
            kpi!["previous"] = kpi["code"]!.GetValue<string>();
            if (kpi["code"]!.GetValue<string>() == Cards) (kpi["target"], kpi["opening"]) = (310_000, 285_000);
        }
        return root.ToJsonString();
    }
}
