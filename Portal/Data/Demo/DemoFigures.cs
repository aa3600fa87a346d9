using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Data.Demo;

/// <summary>
/// Deterministic demo figures for January to October 2013: each KPI follows its seasonal pace (or a steady one)
/// scaled by its <see cref="DemoProfile"/>, with a fixed ripple so months differ. Same plan in, same figures out.
/// </summary>
public static class DemoFigures
{
    public const int Year = 2013;
    public const int LastMonth = 10;
    public const string Author = "演示数据";
    private const string TotalCards = "readers.total-cards";
    private const double CardsAtStartOfYear = 270_850;

    public static IEnumerable<MonthlyFigure> For(Plan plan)
    {
        var newCards = new double[LastMonth + 1];
        foreach (var kpi in plan.Kpis.Where(k => k.Aggregation == Aggregation.Flow))
        {
            var profile = DemoProfiles.ByKpi.GetValueOrDefault(kpi.Code) ?? new DemoProfile(1.0);
            var monthly = MonthlyValues(kpi, profile.Pace);
            if (kpi.Code == "readers.new-cards") Array.Copy(monthly, newCards, monthly.Length);
            foreach (var figure in Split(kpi, profile, monthly)) yield return figure;
        }
        if (plan.HasKpi(TotalCards))
        {
            var level = CardsAtStartOfYear;
            var lead = plan.Kpi(TotalCards).LeadDivision;
            for (var m = 1; m <= LastMonth; m++) yield return new MonthlyFigure(TotalCards, lead, m, level += newCards[m]);
        }
    }

    /// <summary>Monthly totals whose running sum follows target × pace × profile, rounded the way the unit counts.</summary>
    private static double[] MonthlyValues(Kpi kpi, double pace)
    {
        var values = new double[LastMonth + 1];
        var total = kpi.Target.Value * kpi.PaceAt(LastMonth) * pace;
        var weights = Enumerable.Range(1, LastMonth).Select(m => (kpi.PaceAt(m) - kpi.PaceAt(m - 1)) * Ripple(kpi.Code, m)).ToArray();
        var sum = weights.Sum();
        double running = 0, previous = 0;
        for (var m = 1; m <= LastMonth; m++)
        {
            running += weights[m - 1] / sum * total;
            var rounded = Round(kpi, running);
            values[m] = Math.Max(0, rounded - previous);
            previous += values[m];
        }
        return values;
    }

    private static IEnumerable<MonthlyFigure> Split(Kpi kpi, DemoProfile profile, double[] monthly)
    {
        var shares = profile.Shares ?? [(kpi.LeadDivision, 1.0)];
        for (var m = 1; m <= LastMonth; m++)
        {
            var rest = monthly[m];
            for (var i = 0; i < shares.Length; i++)
            {
                var value = i == shares.Length - 1 ? rest : Round(kpi, monthly[m] * shares[i].Share);
                rest -= value;
                var note = i == 0 ? profile.Notes?.GetValueOrDefault(m) : null;
                if (value > 0 || i == 0) yield return new MonthlyFigure(kpi.Code, shares[i].Division, m, value, note);
            }
        }
    }

    private static double Round(Kpi kpi, double value) => kpi.Fractional ? Math.Round(value, 1) : Math.Round(value);

    /// <summary>A fixed ±15% ripple per KPI and month (a string hash that is stable across runs).</summary>
    private static double Ripple(string code, int month)
    {
        var h = 17u;
        foreach (var c in code) h = h * 31 + c;
        h = (h ^ (uint)month * 2654435761u) * 2246822519u;
        return 0.85 + h % 1000 / 1000.0 * 0.3;
    }
}
