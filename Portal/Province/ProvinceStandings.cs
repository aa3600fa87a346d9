using Portal.Data.Entities;
using Portal.Domain.Engine;

namespace Portal.Province;

/// <summary>
/// A median over a group of libraries, saying what it stands on: <see cref="Covers"/> libraries with a plan for the
/// year (each at its completion as of the month, reported or not), of <see cref="Total"/> in the group;
/// <see cref="NotReported"/> of those covered have not submitted the month. Null when no library has a plan.
/// </summary>
public sealed record GroupMedian(double? Value, int Covers, int Total, int NotReported)
{
    public int WithoutPlan => Total - Covers;
}

/// <summary>
/// One library's standing: its overall completion (the mean of its KPIs' completion, each clamped to 0..1, as
/// sections and divisions are rolled up), its KPIs by status, its rank, and how far it is from its peers' median,
/// the province's median and its own completion a year before (同比), in fractions (0.05 = 5 percentage points).
/// </summary>
public sealed record LibraryStanding(
    LibraryMonth Library, double? Completion, IReadOnlyDictionary<KpiStatus, int> Statuses, int? Rank,
    double? LastYearCompletion, double? VersusPeers, double? VersusProvince)
{
    public double? VersusLastYear => Completion - LastYearCompletion;
}

/// <summary>The month's reporting over every library: divisions that submitted of those owing, and libraries complete.</summary>
public sealed record ReportingTotal(int Submitted, int Owing, int LibrariesReported, int Libraries);

/// <summary>A roll-up of a library and those below it for one plan year and month; the standings in tree order.</summary>
public sealed record ProvinceView(
    int Year, int Month, IReadOnlyList<LibraryStanding> Libraries, GroupMedian Province,
    IReadOnlyDictionary<LibraryLevel, GroupMedian> Peers, ReportingTotal Reporting)
{
    /// <summary>The libraries with a plan, best completion first (equal completions share a rank).</summary>
    public IReadOnlyList<LibraryStanding> Ranking =>
        Libraries.Where(l => l.Rank is not null).OrderBy(l => l.Rank).ThenBy(l => l.Library.Code, StringComparer.Ordinal).ToList();
}

/// <summary>A joint target of the addressed library: its evaluation and the total over the libraries that carry it.</summary>
public sealed record JointStanding(KpiResult Result, JointTotal Total);
