using Portal.Data.Entities;

namespace Portal.Reporting.Closures;

/// <summary>Closed is a submission (提交); Reopened a withdrawal. Conflict: the month's state does not allow the step.</summary>
public enum PeriodStatus { Closed, AlreadyClosed, Reopened, NotClosed, Forbidden, NotFound, Invalid, Reviewed, Returned, Conflict }

/// <summary>What closing or reopening a month did; Message says why when it did nothing.</summary>
public sealed record PeriodOutcome(PeriodStatus Status, MonthClose? Closure = null, string? Message = null, string? Field = null)
{
    public bool Ok => Status is PeriodStatus.Closed or PeriodStatus.AlreadyClosed or PeriodStatus.Reopened or PeriodStatus.Reviewed or PeriodStatus.Returned;

    public int StatusCode => Status switch
    {
        PeriodStatus.Closed => StatusCodes.Status201Created,
        PeriodStatus.AlreadyClosed or PeriodStatus.Reviewed or PeriodStatus.Returned => StatusCodes.Status200OK,
        PeriodStatus.Conflict => StatusCodes.Status409Conflict,
        PeriodStatus.Reopened => StatusCodes.Status204NoContent,
        PeriodStatus.Forbidden => StatusCodes.Status403Forbidden,
        PeriodStatus.Invalid => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status404NotFound,
    };
}

/// <summary>The JSON of a closed month: GET /api/plans/{year}/closures and the answer of closing one.</summary>
public sealed record ClosureDto(string Division, int Month, string ClosedBy, DateTimeOffset ClosedAt)
{
    public static ClosureDto From(MonthClose c) => new(c.Division, c.Month, c.ClosedBy, c.ClosedAt);
}
