using Portal.Domain.Figures;

namespace Portal.Domain.Reporting;

/// <summary>
/// When a plan year's monthly figures are due: by default the <see cref="DefaultDay"/> of the following month,
/// 24:00 China time (December's in January of the next year), with per-month exceptions for holidays such as 春节.
/// </summary>
public sealed class DeadlineSchedule
{
    public const int DefaultDueDay = 5;
    public const int LatestDefaultDay = 28;

    /// <summary>How long after its month ends an exception may set a month's deadline: two months.</summary>
    public const int LongestDelayDays = 62;

    private readonly Dictionary<int, DateOnly> _exceptions;

    public DeadlineSchedule(int year, int defaultDay = DefaultDueDay, IReadOnlyDictionary<int, DateOnly>? exceptions = null)
    {
        if (defaultDay is < 1 or > LatestDefaultDay)
            throw new DomainException(ReportingText.Text.Format("Deadline.DefaultDay", LatestDefaultDay, defaultDay), "defaultDay");
        Year = year;
        DefaultDay = defaultDay;
        _exceptions = new Dictionary<int, DateOnly>();
        foreach (var (month, date) in exceptions ?? new Dictionary<int, DateOnly>())
        {
            Months.Require(month);
            var earliest = new DateOnly(year, month, 1).AddMonths(1);
            if (date < earliest || date > earliest.AddDays(LongestDelayDays - 1))
                throw new DomainException(
                    ReportingText.Text.Format("Deadline.Exception", month, date, earliest, earliest.AddDays(LongestDelayDays - 1)),
                    "exceptions");
            _exceptions[month] = date;
        }
    }

    public int Year { get; }
    public int DefaultDay { get; }

    /// <summary>Months whose deadline is not the default one, and their last day for reporting.</summary>
    public IReadOnlyDictionary<int, DateOnly> Exceptions => _exceptions;

    /// <summary>The last China calendar day on which month <paramref name="month"/>'s figures are on time.</summary>
    public DateOnly DueDate(int month) =>
        _exceptions.TryGetValue(Months.Require(month), out var date) ? date : new DateOnly(Year, month, 1).AddMonths(1).AddDays(DefaultDay - 1);

    /// <summary>The deadline itself: the end (24:00) of <see cref="DueDate"/>, as an instant.</summary>
    public DateTimeOffset Deadline(int month) => ChinaTime.StartOf(DueDate(month).AddDays(1));

    public bool IsOverdue(int month, DateTimeOffset now) => now >= Deadline(month);
}
