using Portal.Figures;
using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

internal static class FigureEndpoints
{
    public static void MapFigures(this RouteGroupBuilder api) => api.MapGet("/plans/{year}/figures", List);

    private static async Task<IResult> List(string year, string? kpi, string? division, string? month, PlanStore store, FigureQueries queries, CancellationToken ct)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        var errors = new FieldErrors();
        var (k, d, m) = (ApiInput.Kpi(plan.Plan, kpi, errors), ApiInput.Division(plan.Plan, division, errors), ApiInput.Month(month, "month", errors));
        if (errors.Any) return errors.ToProblem();
        var figures = await queries.FiguresAsync(plan.Plan.Year, k, d, m, ct);
        return Results.Ok(figures.Select(FigureDto.From));
    }
}
