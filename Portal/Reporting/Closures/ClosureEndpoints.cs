using System.Security.Claims;
using Portal.Accounts;
using Portal.Live;
using Portal.Plans;

namespace Portal.Reporting.Closures;

/// <summary>
/// GET /api/plans/{year}/closures, and POST / DELETE /api/plans/{year}/closures/{division}/{month} to close and
/// reopen a month. Signed-in users only (the fallback policy); closing is checked by <see cref="ClosureService"/>.
/// </summary>
public static class ClosureEndpoints
{
    public static IEndpointRouteBuilder MapClosureEndpoints(this IEndpointRouteBuilder app)
    {
        var closures = app.MapGroup("/api/plans/{year:int}/closures");
        closures.MapGet("", async (int year, PlanStore store, ClosureService periods, CancellationToken ct) =>
            store.Find(year) is null
                ? RefusalResults.Problem(StatusCodes.Status404NotFound, PlanMessages.NoPlan(year))
                : Results.Ok((await periods.ClosedAsync(year, ct)).Select(ClosureDto.From)));
        closures.MapPost("/{division}/{month:int}", async (int year, string division, int month, ClaimsPrincipal user, ClosureService periods, CancellationToken ct) =>
            Answer(await periods.CloseAsync(user, year, division, month, ct)));
        closures.MapDelete("/{division}/{month:int}", async (int year, string division, int month, ClaimsPrincipal user, ClosureService periods, CancellationToken ct) =>
            Answer(await periods.ReopenAsync(user, year, division, month, ct)));
        return app;
    }

    private static IResult Answer(PeriodOutcome outcome) => outcome.Status switch
    {
        PeriodStatus.Closed or PeriodStatus.AlreadyClosed => Results.Json(ClosureDto.From(outcome.Closure!), statusCode: outcome.StatusCode),
        PeriodStatus.Reopened => Results.NoContent(),
        _ => RefusalResults.Problem(outcome.StatusCode, outcome.Message),
    };
}
