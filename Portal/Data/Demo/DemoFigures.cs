using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Data.Demo;

/// <summary>
/// Deterministic demo figures: the whole of 2013 and January to March 2014 (<see cref="Years"/>). Each flow KPI follows
/// its seasonal pace (or a steady one) scaled by its <see cref="DemoProfile"/>, with a fixed ripple so months differ;
/// a stock KPI grows from its opening level. Same plan in, same figures out.
/// </summary>
public static class DemoFigures
{
    public const int Year = 2013;
    public static string Author => DemoContent.Author;

    /// <summary>The demo years and the last month each has figures for.</summary>
    public static readonly IReadOnlyDictionary<int, int> Years = new Dictionary<int, int> { [2013] = 12, [2014] = 3 };

    private const string TotalCards = "readers.total-cards";

    /// <summary>The demo figures of the plan's year (none for a year without demo data).</summary>
    public static IEnumerable<MonthlyFigure> For(Plan plan) => For(plan, Years.GetValueOrDefault(plan.Year));

    public static IEnumerable<MonthlyFigure> For(Plan plan, int lastMonth)
    {
        var profiles = DemoProfiles.For(plan.Year);
        var newCards = new double[lastMonth + 1];
        foreach (var kpi in plan.Kpis.Where(k => k.Aggregation == Aggregation.Flow))
        {
            var profile = profiles.GetValueOrDefault(kpi.Code) ?? new DemoProfile(1.0);
            var monthly = MonthlyValues(kpi, profile.Pace, lastMonth, plan.Year);
            if (kpi.Code == "readers.new-cards") Array.Copy(monthly, newCards, monthly.Length);
            foreach (var figure in Split(kpi, profile, monthly, lastMonth)) yield return figure;
        }
        foreach (var kpi in plan.Kpis.Where(k => k.Aggregation == Aggregation.Stock))
        {
            var level = kpi.Opening ?? 0;
            var growth = profiles.GetValueOrDefault(kpi.Code)?.Pace ?? 1.0;
            for (var m = 1; m <= lastMonth; m++)
            {
                // The card total grows by the cards issued; another stock towards its target at its pace.
                var next = kpi.Code == TotalCards ? level + newCards[m]
                    : Round(kpi, (kpi.Opening ?? 0) + (kpi.Target.Value - (kpi.Opening ?? 0)) * kpi.PaceAt(m) * growth);
                yield return new MonthlyFigure(kpi.Code, kpi.LeadDivision, m, level = Math.Max(level, next));
            }
        }
    }

    /// <summary>Monthly totals whose running sum follows target × pace × profile, rounded the way the unit counts.</summary>
    private static double[] MonthlyValues(Kpi kpi, double pace, int lastMonth, int year)
    {
        var values = new double[lastMonth + 1];
        var total = kpi.Target.Value * kpi.PaceAt(lastMonth) * pace;
        var weights = Enumerable.Range(1, lastMonth).Select(m => (kpi.PaceAt(m) - kpi.PaceAt(m - 1)) * Ripple(kpi.Code, m, year)).ToArray();
        var sum = weights.Sum();
        double running = 0, previous = 0;
        for (var m = 1; m <= lastMonth; m++)
        {
            running += weights[m - 1] / sum * total;
            var rounded = Round(kpi, running);
            values[m] = Math.Max(0, rounded - previous);
            previous += values[m];
        }
        return values;
    }

    private static IEnumerable<MonthlyFigure> Split(Kpi kpi, DemoProfile profile, double[] monthly, int lastMonth)
    {
        var shares = profile.Shares ?? [(kpi.LeadDivision, 1.0)];
        for (var m = 1; m <= lastMonth; m++)
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

    /// <summary>A fixed ±15% ripple per KPI, month and year (a string hash that is stable across runs; 2013 as it always was).</summary>
    private static double Ripple(string code, int month, int year)
    {
        var h = 17u;
        foreach (var c in code) h = h * 31 + c;
        h ^= (uint)(year - Year) * 0x9E3779B9u;
        h = (h ^ (uint)month * 2654435761u) * 2246822519u;
        return 0.85 + h % 1000 / 1000.0 * 0.3;
    }
}
