using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;

namespace Portal.Province;

/// <summary>
/// One library of a roll-up, for one plan year and month: where it sits in the tree, its plan's evaluation as of the
/// month (null: no plan that year), the same month of its previous plan year (null: none) and the month's reporting.
/// </summary>
public sealed record LibraryMonth(
    int Id, string Code, string Name, LibraryLevel Level, string? Parent, string? City,
    PlanEvaluation? Evaluation, PlanEvaluation? LastYear, MonthReporting Reporting)
{
    public bool HasPlan => Evaluation is not null;

    /// <summary>Every division that owes the month has submitted it; a library without a plan has not reported.</summary>
    public bool Reported => HasPlan && Reporting.Submitted.Count == Reporting.Owing.Count;
}

/// <summary>
/// A library's month on the reporting cycle: the divisions that owe figures for it, those that have submitted it
/// (submitted or reviewed), those past the deadline without submitting, and those whose month was sent back.
/// </summary>
public sealed record MonthReporting(
    IReadOnlyList<Division> Owing, IReadOnlyList<Division> Submitted, IReadOnlyList<Division> Late, IReadOnlyList<Division> Returned)
{
    public static readonly MonthReporting None = new([], [], [], []);
}

/// <summary>
/// A month's reporting records of a roll-up's libraries (<see cref="ProvinceReader.RecordsAsync"/>): the stored
/// submission state of each library's division, and each library's deadlines.
/// </summary>
public sealed record ProvinceRecords(int Year, int Month, Func<int, string, SubmissionState> StateOf,
    IReadOnlyDictionary<int, DeadlineSchedule> Schedules);

/// <summary>A figure saved in a library below: the KPI it counts for (for a contribution, the joint target above) and the change.</summary>
public sealed record LatestSave(Library Library, Kpi Kpi, Live.FigureChange Change);
