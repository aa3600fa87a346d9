using Portal.Entry;
using Portal.Figures;
using Portal.Figures.EntryFiles;
using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

/// <summary>
/// The entry grid's export (ADR 027): one division and month with Chinese headers and names, as .xlsx or CSV. The
/// held contract GET /api/plans/{year}/figures.csv (the whole year in the import format) is a different file and
/// stays as it is. Both files import back through POST /api/plans/{year}/figures/import.
/// </summary>
internal static class EntrySheetEndpoints
{
    public static void MapEntrySheets(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{year}/entry-sheet.xlsx", (string year, string? division, string? month, PlanStore store, FigureQueries queries, CancellationToken ct) =>
            ExportAsync(year, division, month, store, queries, "xlsx", ct));
        api.MapGet("/plans/{year}/entry-sheet.csv", (string year, string? division, string? month, PlanStore store, FigureQueries queries, CancellationToken ct) =>
            ExportAsync(year, division, month, store, queries, "csv", ct));
    }

    private static async Task<IResult> ExportAsync(string year, string? division, string? month, PlanStore store, FigureQueries queries,
        string extension, CancellationToken ct)
    {
        if (ApiInput.Plan(store, year) is not { } state) return ApiProblems.PlanNotFound(year);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(division)) errors.Add("division", ApiText.Text["Sheet.NoDivision"]);
        if (string.IsNullOrWhiteSpace(month)) errors.Add("month", ApiText.Text["Sheet.NoMonth"]);
        var code = ApiInput.Division(state.Plan, division, errors);
        var m = ApiInput.Month(month, "month", errors);
        if (errors.Any || code is null || m is not { } chosen) return errors.ToProblem();

        var stored = await queries.FiguresAsync(state.Plan.Year, division: code, month: chosen, ct: ct);
        var lines = EntryExport.Lines(state, code, chosen, stored);
        var name = state.Plan.Division(code).Name;
        if (extension == "xlsx")
        {
            var bytes = EntrySheetXlsx.Write(lines, ApiText.Text.Format("Sheet.Title", chosen, name));
            return Results.File(bytes, EntrySheetFile.XlsxContentType, EntrySheetFile.FileName(state.Plan.Year, name, chosen, "xlsx"));
        }
        return Results.Stream(body => EntrySheetCsv.WriteAsync(body, lines, ct), Figures.Csv.FigureCsv.ContentType,
            EntrySheetFile.FileName(state.Plan.Year, name, chosen, "csv"));
    }
}
