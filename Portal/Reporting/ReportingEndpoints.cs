using System.Security.Claims;
using Portal.Accounts;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting.Board;
using Portal.Reporting.Closures;

namespace Portal.Reporting;

/// <summary>
/// The reporting cycle's API: the board of a month, submit / review / send back a division's month, and the
/// deadline settings. Signed-in users (the fallback policy); each service checks who may do what.
/// </summary>
public static class ReportingEndpoints
{
    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        var year = app.MapGroup("/api/plans/{year:int}");
        year.MapGet("/reporting/{month:int}", async (int year, int month, ClaimsPrincipal user, PlanStore store, ReportingBoard board, CancellationToken ct) =>
        {
            if (store.Find(year) is not { } state) return RefusalResults.Problem(404, PlanMessages.NoPlan(year));
            if (!ReportingBoard.MayOpen(user)) return RefusalResults.Problem(403, ReportingMessages.Text["Board.NotAllowed"]);
            if (month is < 1 or > 12) return RefusalResults.Problem(400, ReportingMessages.Text.Format("Month.OutOfRange", month));
            return Results.Ok(BoardDto.From(await board.BuildAsync(user, state.Plan, month, ct)));
        });
        var division = year.MapGroup("/reporting/{division}/{month:int}");
        division.MapPost("/submit", async (int year, string division, int month, SubmitBody? body, ClaimsPrincipal user, SubmissionService s, CancellationToken ct) =>
            Answer(await s.SubmitAsync(user, year, division, month, body?.Reason, ct: ct)));
        division.MapPost("/review", async (int year, string division, int month, ClaimsPrincipal user, SubmissionService s, CancellationToken ct) =>
            Answer(await s.ReviewAsync(user, year, division, month, ct)));
        division.MapPost("/return", async (int year, string division, int month, ReturnBody? body, ClaimsPrincipal user, SubmissionService s, CancellationToken ct) =>
            Answer(await s.ReturnAsync(user, year, division, month, body?.Comment, ct)));

        year.MapGet("/deadlines", async (int year, PlanStore store, DeadlineStore deadlines, CancellationToken ct) =>
            store.Find(year) is null ? RefusalResults.Problem(404, PlanMessages.NoPlan(year))
                : Results.Ok(DeadlinesDto.From(await deadlines.ScheduleAsync(year, ct), await deadlines.ExceptionsAsync(year, ct))));
        year.MapPut("/deadlines", async (int year, DeadlineBody body, ClaimsPrincipal user, PlanStore store, DeadlineStore deadlines, CancellationToken ct) =>
        {
            if (store.Find(year) is null) return RefusalResults.Problem(404, PlanMessages.NoPlan(year));
            if (!user.IsAdmin()) return RefusalResults.Problem(403, ReportingMessages.Text["Deadlines.AdminOnly"]);
            var changes = (body.Exceptions ?? []).Select(e => new DeadlineChange(e.Month, e.DueDate, e.Note)).ToList();
            if (await deadlines.SaveAsync(user, year, body.DefaultDay, changes, ct) is { } error) return RefusalResults.Problem(400, error);
            return Results.Ok(DeadlinesDto.From(await deadlines.ScheduleAsync(year, ct), await deadlines.ExceptionsAsync(year, ct)));
        });
        return app;
    }

    private static IResult Answer(PeriodOutcome outcome)
    {
        if (outcome.Ok) return Results.Json(ClosureDto.From(outcome.Closure!), statusCode: outcome.StatusCode);
        if (outcome.Status == PeriodStatus.Invalid && outcome.Field is { } field)
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [outcome.Message!] },
                detail: outcome.Message, title: RefusalResults.TitleOf(400));
        return Results.Problem(title: outcome.Status == PeriodStatus.Conflict ? ReportingMessages.Text["Conflict.Title"] : RefusalResults.TitleOf(outcome.StatusCode),
            detail: outcome.Message, statusCode: outcome.StatusCode);
    }
}
