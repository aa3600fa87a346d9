using Microsoft.Extensions.Localization;
using Portal.Domain.Figures;
using Portal.Live;
using Portal.Plans;
using Portal.Resources;

namespace Portal.Briefing;

public static class BriefingEndpoints
{
    /// <summary>GET /report/kpis.csv?year=&amp;month=: the briefing's KPI table; month defaults to the latest month with data.</summary>
    public static IEndpointRouteBuilder MapBriefing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/report/kpis.csv", async (int? year, int? month, PlanStore store, BriefingBuilder builder,
            IStringLocalizer<SharedText> t, IStringLocalizer<BriefingPage> l, CancellationToken ct) =>
        {
            var state = year is { } y ? store.Find(y) : store.Default;
            if (state is null) return Text(BriefingMessages.Text.Format("NoPlan", year), StatusCodes.Status404NotFound);
            var m = month ?? state.Current.LatestMonth ?? 1;
            if (m is < 1 or > 12) return Text(BriefingMessages.Text.Format("Month.OutOfRange", m), StatusCodes.Status400BadRequest);
            var report = await builder.BuildAsync(state, Months.Require(m), ct);
            return Results.File(BriefingCsv.Write(report, t, l), "text/csv; charset=utf-8", BriefingMessages.Text.Format("Csv.FileName", state.Plan.Year, m));
        });
        return app;
    }

    private static IResult Text(string message, int status) => Results.Text(message, "text/plain; charset=utf-8", statusCode: status);
}
