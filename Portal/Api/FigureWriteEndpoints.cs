using Portal.Accounts;
using Portal.Figures;
using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

/// <summary>PUT and DELETE of one figure, through FigureService: validation, version check and audit in one transaction.</summary>
internal static class FigureWriteEndpoints
{
    private const string Cell = "/plans/{year}/figures/{kpi}/{division}/{month}";

    public static void MapFigureWrites(this RouteGroupBuilder api)
    {
        api.MapPut(Cell, Put);
        api.MapDelete(Cell, Delete);
    }

    private static async Task<IResult> Put(string year, string kpi, string division, string month, HttpContext http,
        PlanStore store, FigureService figures, CancellationToken ct)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        if (ApiInput.UnknownCell(plan.Plan, kpi, division) is { } notFound) return notFound;
        var errors = new FieldErrors();
        var m = ApiInput.Month(month, "month", errors);
        var body = await FigureBody.ReadAsync(http.Request, errors, ct);
        if (errors.Any || m is null || body is null) return errors.ToProblem();

        var write = new FigureWrite(kpi, division, m.Value, body.Value, body.Note, body.Version);
        var outcome = await figures.SaveAsync(plan, [write], http.User, ct);
        if (outcome.Refusals.Count > 0) return RefusalResults.From(outcome.Refusals);
        if (outcome.Errors.Count > 0) return FieldErrors.From(outcome.Errors).ToProblem();
        if (outcome.Conflicts.Count > 0) return ApiProblems.Conflict(outcome.Conflicts[0], body.Version);
        return Results.Ok(FigureDto.From(outcome.Saved[0]));
    }

    private static async Task<IResult> Delete(string year, string kpi, string division, string month, string? version,
        HttpContext http, PlanStore store, FigureService figures, CancellationToken ct)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        if (ApiInput.UnknownCell(plan.Plan, kpi, division) is { } notFound) return notFound;
        var errors = new FieldErrors();
        var (m, v) = (ApiInput.Month(month, "month", errors), ApiInput.DeleteVersion(version, errors));
        if (errors.Any || m is null) return errors.ToProblem();

        var outcome = await figures.SaveAsync(plan, [new FigureWrite(kpi, division, m.Value, null, null, v)], http.User, ct);
        if (outcome.Refusals.Count > 0) return RefusalResults.From(outcome.Refusals);
        if (outcome.Errors.Count > 0) return FieldErrors.From(outcome.Errors).ToProblem();
        if (outcome.Conflicts is [var c, ..])
            return c.CurrentVersion == 0 ? ApiProblems.NotFound(ApiText.Text.Format("Delete.Nothing", kpi, division, m)) : ApiProblems.Conflict(c, v);
        return Results.NoContent();
    }
}
