using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

internal static class PlansEndpoints
{
    public static void MapPlans(this RouteGroupBuilder api)
    {
        api.MapGet("/plans", (PlanStore store) => store.Plans.Select(p => new PlanSummaryDto(p.Plan.Year, p.Plan.Title)));
        api.MapGet("/plans/{year}/dashboard", Dashboard);
        api.MapGet("/plans/{year}/plan.json", PlanJson);
    }

    /// <summary>The plan as a plan file (the format of seeds/plan-2013.json), as it stands after any edits: `plan import` reads it back.</summary>
    private static IResult PlanJson(string year, PlanStore store)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        return Results.Text(PlanFile.Serialize(plan.Plan), "application/json; charset=utf-8");
    }

    private static IResult Dashboard(string year, string? asOf, PlanStore store)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        var errors = new FieldErrors();
        var month = ApiInput.Month(asOf, "asOf", errors);
        return errors.Any ? errors.ToProblem() : Results.Ok(DashboardDto.From(plan.Evaluate(month)));
    }
}
