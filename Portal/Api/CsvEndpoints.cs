using Microsoft.AspNetCore.Http.Features;
using Portal.Accounts;
using Portal.Figures;
using Portal.Figures.Csv;
using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

internal static class CsvEndpoints
{
    /// <summary>A province-wide file of 100,000 rows is about 5 MB; this leaves room for ten times that.</summary>
    private const long MaxImportBytes = 64L * 1024 * 1024;

    public static void MapCsv(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{year}/figures.csv", Export);
        api.MapPost("/plans/{year}/figures/import", Import);
    }

    private static async Task<IResult> Export(string year, PlanStore store, FigureQueries queries, CancellationToken ct)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        var figures = await queries.FiguresAsync(plan.Plan.Year, ct: ct);
        return Results.Stream(body => FigureCsvWriter.WriteAsync(body, figures, ct), FigureCsv.ContentType, FigureCsv.FileName(plan.Plan.Year));
    }

    private static IResult TooLarge() => Results.Problem(
        ApiText.Text.Format("Csv.TooLarge", MaxImportBytes / 1024 / 1024),
        statusCode: StatusCodes.Status413PayloadTooLarge, title: ApiProblems.TitleFor(413));

    /// <summary>Copies the body, or stops and returns false once it is longer than <paramref name="max"/> bytes.</summary>
    private static async Task<bool> CopyAtMostAsync(Stream body, MemoryStream file, long max, CancellationToken ct)
    {
        var buffer = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (file.Length + n > max) return false;
            file.Write(buffer, 0, n);
        }
        return true;
    }

    private static async Task<IResult> Import(string year, HttpContext http, PlanStore store, FigureImporter importer, CancellationToken ct)
    {
        if (ApiInput.Plan(store, year) is not { } plan) return ApiProblems.PlanNotFound(year);
        if (http.Request.HasFormContentType)
            return Results.Problem(ApiText.Text["Csv.NotAForm"],
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: ApiProblems.TitleFor(415));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxImportBytes;
        // Checked here too: a server that does not enforce the limit (or a body without Content-Length) is held to it.
        if (http.Request.ContentLength > MaxImportBytes) return TooLarge();

        using var file = new MemoryStream((int)Math.Clamp(http.Request.ContentLength ?? 0, 0, MaxImportBytes));
        if (!await CopyAtMostAsync(http.Request.Body, file, MaxImportBytes, ct)) return TooLarge();
        var outcome = await importer.ImportAsync(plan, file.GetBuffer().AsMemory(0, (int)file.Length), http.User, ct);
        if (outcome.Ok) return Results.Ok(new ImportedDto(outcome.Imported));
        if (outcome.Refusals is { Count: > 0 } refusals) return RefusalResults.From(refusals);
        var rows = outcome.Errors.Select(e => e.Line).Distinct().Count();
        return Results.Problem(ApiText.Text.Format("Csv.Rejected", rows),
            statusCode: 400, title: ApiText.Text["Csv.RejectedTitle"], extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors });
    }
}
