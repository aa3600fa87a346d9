using Portal.Data.Entities;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;

namespace Portal.Reporting.Board;

/// <summary>One KPI a division carries, for the chosen month: its status and who entered what when.</summary>
public sealed record BoardCell(Kpi Kpi, ReportStatus Status, double? Value, string? By, DateTimeOffset? At);

/// <summary>A division's month on the board: its KPIs, its submission state and the steps taken (newest first).</summary>
public sealed record DivisionBoard(Division Division, SubmissionState State, MonthClose? Closure, IReadOnlyList<BoardCell> Cells,
    IReadOnlyList<AuditEvent> Steps, bool MaySubmit, bool MayReview)
{
    public int Reported => Cells.Count(c => c.Status == ReportStatus.Reported);
    public int Total => Cells.Count;
    public IEnumerable<BoardCell> Missing => Cells.Where(c => c.Status != ReportStatus.Reported);
}

/// <summary>The reporting board of one plan month: its deadline and the divisions the reader may see.</summary>
public sealed record BoardView(int Year, int Month, DateTimeOffset Deadline, bool Overdue, IReadOnlyList<DivisionBoard> Divisions)
{
    public int Reported => Divisions.Sum(d => d.Reported);
    public int Total => Divisions.Sum(d => d.Total);

    /// <summary>Why no division month is withdrawn or sent back inside the library now: a library above holds the month (ADR 042).</summary>
    public string? HeldAbove { get; init; }
}
