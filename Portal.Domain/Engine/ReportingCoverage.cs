using Portal.Domain.Plans;
using Portal.Domain.Reporting;

namespace Portal.Domain.Engine;

/// <summary>
/// One month's reporting: how many divisions owe figures for it, how many have reported them all or submitted it,
/// and how many have reported at least one of them (or submitted it): the count a month picker shows.
/// </summary>
public sealed record MonthCoverage(int Month, int Owing, int Reported, int Started)
{
    public bool Complete => Owing > 0 && Reported == Owing;
}

/// <summary>A division that has neither reported every figure it owes for these months nor submitted them.</summary>
public sealed record OwedDivision(Division Division, IReadOnlyList<int> Months);

/// <summary>
/// Which divisions have reported which months (ADR 026). A division owes a month when it carries a target for a KPI
/// in it (<see cref="ReportingGaps.Carried"/>: lead division or a share of a split target, neither retired); it has
/// reported the month when every such figure is in, or when it submitted the month (with a reason for what is
/// missing). The complete month is the latest month every owing division has reported: what a page shows when
/// no month is asked for.
/// </summary>
public sealed class ReportingCoverage
{
    private const int Months = FigureLedger.Months;
    private readonly FigureLedger _ledger;
    private readonly ReportingProgress _progress;
    private readonly bool[] _owes;      // [d, m-1]
    private readonly bool[] _reported;  // [d, m-1]

    private ReportingCoverage(FigureLedger ledger, ReportingProgress progress)
    {
        (_ledger, _progress) = (ledger, progress);
        var plan = ledger.Plan;
        var divisions = plan.Divisions.Count;
        _owes = new bool[divisions * Months];
        _reported = new bool[divisions * Months];
        var coverage = new MonthCoverage[Months];
        for (var m = 1; m <= Months; m++)
        {
            int owing = 0, reported = 0, started = 0;
            for (var d = 0; d < divisions; d++)
            {
                var (owes, complete, any) = Division(d, m);
                if (!owes) continue;
                owing++;
                _owes[d * Months + m - 1] = true;
                var submitted = progress.IsSubmitted(plan.Divisions[d].Code, m);
                if (any || submitted) started++;
                if (!complete && !submitted) continue;
                reported++;
                _reported[d * Months + m - 1] = true;
            }
            coverage[m - 1] = new MonthCoverage(m, owing, reported, started);
            if (coverage[m - 1].Complete) CompleteMonth = m;
        }
        ByMonth = coverage;
    }

    /// <summary>Months 1–12 in order.</summary>
    public IReadOnlyList<MonthCoverage> ByMonth { get; }

    /// <summary>The latest month every division that owes figures for it has reported or submitted; null when none has.</summary>
    public int? CompleteMonth { get; }

    public static ReportingCoverage Of(FigureLedger ledger, ReportingProgress progress) => new(ledger, progress);

    public MonthCoverage In(int month) => ByMonth[Figures.Months.Require(month) - 1];

    /// <summary>The divisions that still owe figures for months up to <paramref name="month"/>, in plan order, with those months.</summary>
    public IReadOnlyList<OwedDivision> OwedThrough(int month)
    {
        var plan = _ledger.Plan;
        var owed = new List<OwedDivision>();
        for (var d = 0; d < plan.Divisions.Count; d++)
        {
            List<int>? months = null;
            for (var m = 1; m <= Math.Min(month, Months); m++)
                if (_owes[d * Months + m - 1] && !_reported[d * Months + m - 1]) (months ??= []).Add(m);
            if (months is not null) owed.Add(new OwedDivision(plan.Divisions[d], months));
        }
        return owed;
    }

    /// <summary>
    /// True when division <paramref name="d"/> still owes KPI <paramref name="k"/>'s figure for a month up to
    /// <paramref name="month"/> whose deadline has not passed: the figure is awaited, and judging the KPI now would
    /// count a report not yet due as a shortfall.
    /// </summary>
    internal bool Awaits(int k, int d, int month)
    {
        var plan = _ledger.Plan;
        for (var m = Math.Min(month, Months); m >= 1; m--)
        {
            if (_progress.IsOverdue(m)) continue;
            if (ReportingGaps.Carries(plan, k, d, m) && _ledger.Value(k, d, m) is null
                && !_progress.IsSubmitted(plan.Divisions[d].Code, m)) return true;
        }
        return false;
    }

    /// <summary>True when any division that carries KPI <paramref name="k"/> awaits a figure (see <see cref="Awaits"/>).</summary>
    internal bool AwaitsAny(int k, int month)
    {
        for (var d = 0; d < _ledger.Plan.Divisions.Count; d++)
            if (Awaits(k, d, month)) return true;
        return false;
    }

    private (bool Owes, bool Complete, bool Any) Division(int d, int month)
    {
        var plan = _ledger.Plan;
        var (owes, complete, any) = (false, true, false);
        for (var k = 0; k < plan.Kpis.Count; k++)
        {
            if (!ReportingGaps.Carries(plan, k, d, month)) continue;
            owes = true;
            if (double.IsNaN(_ledger.RawValue(k, d, month))) complete = false;
            else any = true;
        }
        return (owes, complete, any);
    }
}
