using Portal.Domain.Plans;

namespace Portal.Domain.Engine;

/// <summary>A library that contributes to a joint target: its figures by month (null: not reported) and its city.</summary>
/// <param name="City">The city library it belongs to (itself for a city); null for none.</param>
public sealed record JointContributor(string Code, string Name, string? City, string? CityName, IReadOnlyList<double?> Months)
{
    public double ActualAt(int month)
    {
        var sum = 0.0;
        for (var m = 1; m <= Math.Min(month, Months.Count); m++) sum += Months[m - 1] ?? 0;
        return sum;
    }

    public bool HasReported(int month) => month >= 1 && month <= Months.Count && Months[month - 1] is not null;

    public bool HasAnyBy(int month)
    {
        for (var m = 1; m <= Math.Min(month, Months.Count); m++) if (Months[m - 1] is not null) return true;
        return false;
    }
}

/// <summary>A contributor's part as of a month.</summary>
public sealed record JointPart(JointContributor Library, double Actual, bool Reported);

/// <summary>A city's libraries together (the city and its counties) as of a month.</summary>
public sealed record JointCityPart(string City, string Name, double Actual, int Libraries, int Reported);

/// <summary>
/// The total over a joint target's contributions (ADR 043), as of a month: by library, by city, and who has not
/// reported the month. One class for the KPI page, the province page and the wall. The engine adds
/// <see cref="ActualAt"/> to the KPI's own figures and, while a contributor has not reported the month, judges the KPI
/// 待报 rather than behind (the as-of rule, ADR 026).
/// </summary>
public sealed class JointTotal(Kpi kpi, IReadOnlyList<JointContributor> contributors)
{
    public Kpi Kpi => kpi;
    public IReadOnlyList<JointContributor> Contributors => contributors;

    /// <summary>The contributions summed up to and including the month (0 before the year).</summary>
    public double ActualAt(int month) => contributors.Sum(c => c.ActualAt(month));

    /// <summary>The contributions entered for the month alone; null when no contributor has reported it.</summary>
    public double? MonthTotal(int month) =>
        contributors.Any(c => c.HasReported(month)) ? contributors.Sum(c => c.HasReported(month) ? c.Months[month - 1]!.Value : 0) : null;

    /// <summary>Whether any contributor has a figure at or before the month.</summary>
    public bool HasDataAt(int month) => contributors.Any(c => c.HasAnyBy(month));

    /// <summary>The contributors without a figure for the month, in their order.</summary>
    public IReadOnlyList<JointContributor> Missing(int month) =>
        month < 1 ? [] : contributors.Where(c => !c.HasReported(month)).ToList();

    public IReadOnlyList<JointPart> ByLibrary(int month) =>
        contributors.Select(c => new JointPart(c, c.ActualAt(month), c.HasReported(month))).ToList();

    /// <summary>Each city with its libraries, in the order the cities first appear; contributors without a city are left out.</summary>
    public IReadOnlyList<JointCityPart> ByCity(int month) =>
        contributors.Where(c => c.City is not null).GroupBy(c => c.City!)
            .Select(g => new JointCityPart(g.Key, g.First().CityName ?? g.Key, g.Sum(c => c.ActualAt(month)), g.Count(), g.Count(c => c.HasReported(month))))
            .ToList();
}
