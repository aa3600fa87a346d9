using Portal.Data.Entities;
using Portal.Domain.Reporting;
using Portal.Reporting.Board;

namespace Portal.Reporting;

/// <summary>Body of submit (reason, when figures are missing) and of send back (comment).</summary>
public sealed record SubmitBody(string? Reason);

public sealed record ReturnBody(string? Comment);

public sealed record DeadlineBody(int DefaultDay, List<DeadlineExceptionDto>? Exceptions);

public sealed record DeadlineExceptionDto(int Month, DateOnly DueDate, string? Note);

/// <summary>GET /api/plans/{year}/deadlines: the settings, and every month's resulting due date.</summary>
public sealed record DeadlinesDto(int Year, int DefaultDay, IReadOnlyList<DeadlineExceptionDto> Exceptions, IReadOnlyList<MonthDeadlineDto> Months)
{
    public static DeadlinesDto From(DeadlineSchedule s, IEnumerable<DeadlineException> rows) => new(s.Year, s.DefaultDay,
        rows.Select(e => new DeadlineExceptionDto(e.Month, e.DueDate, e.Note)).ToList(),
        Enumerable.Range(1, 12).Select(m => new MonthDeadlineDto(m, s.DueDate(m), s.Deadline(m))).ToList());
}

public sealed record MonthDeadlineDto(int Month, DateOnly DueDate, DateTimeOffset Deadline);

/// <summary>GET /api/plans/{year}/reporting/{month}: the board as JSON.</summary>
public sealed record BoardDto(int Year, int Month, DateTimeOffset Deadline, bool Overdue, IReadOnlyList<DivisionBoardDto> Divisions)
{
    public static BoardDto From(BoardView v) => new(v.Year, v.Month, v.Deadline, v.Overdue, v.Divisions.Select(d => new DivisionBoardDto(
        d.Division.Code, d.Division.Name, StateName(d.State), d.Reported, d.Total,
        d.Closure?.ClosedBy, d.Closure?.ClosedAt, d.Closure?.Reason, d.Closure?.ReviewedBy, d.Closure?.ReviewedAt,
        d.Cells.Select(c => new BoardKpiDto(c.Kpi.Code, c.Kpi.Name, StatusName(c.Status), c.Value, c.By, c.At)).ToList(),
        d.Steps.Select(s => new BoardStepDto(StepName(s.Kind), s.By, s.At, s.Detail)).ToList())).ToList());

    public static string StateName(SubmissionState s) => s switch
    {
        SubmissionState.Submitted => "submitted",
        SubmissionState.Reviewed => "reviewed",
        SubmissionState.Returned => "returned",
        _ => "open",
    };

    private static string StatusName(ReportStatus s) => s switch
    {
        ReportStatus.Reported => "reported",
        ReportStatus.Missing => "missing",
        _ => "overdue",
    };

    private static string StepName(AuditEventKind k) => k switch
    {
        AuditEventKind.MonthClosed => "submitted",
        AuditEventKind.MonthReopened => "withdrawn",
        AuditEventKind.MonthReviewed => "reviewed",
        _ => "returned",
    };
}

public sealed record DivisionBoardDto(string Division, string Name, string State, int Reported, int Total,
    string? SubmittedBy, DateTimeOffset? SubmittedAt, string? Reason, string? ReviewedBy, DateTimeOffset? ReviewedAt,
    IReadOnlyList<BoardKpiDto> Kpis, IReadOnlyList<BoardStepDto> Steps);

public sealed record BoardKpiDto(string Kpi, string Name, string Status, double? Value, string? By, DateTimeOffset? At);

public sealed record BoardStepDto(string Action, string By, DateTimeOffset At, string? Detail);
