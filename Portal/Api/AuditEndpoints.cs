using Portal.Figures;
using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

internal static class AuditEndpoints
{
    public static void MapAudit(this RouteGroupBuilder api) => api.MapGet("/plans/{year}/audit", List);

    /// <summary>Newest first.</summary>
    private static async Task<IResult> List(string year, string? kpi, string? division, PlanStore store, FigureQueries queries, CancellationToken ct)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        var errors = new FieldErrors();
        var (k, d) = (ApiInput.Kpi(plan.Plan, kpi, errors), ApiInput.Division(plan.Plan, division, errors));
        if (errors.Any) return errors.ToProblem();
        var records = await queries.AuditAsync(plan.Plan.Year, k, d, ct: ct);
        return Results.Ok(records.Select(AuditDto.From));
    }
}
