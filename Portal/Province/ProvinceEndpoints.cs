using System.Globalization;
using Portal.Data;
using Portal.Domain.Localization;

namespace Portal.Province;

/// <summary>
/// GET /province/export.csv and /province/export.xlsx (?year=, default the addressed library's latest plan year), and
/// the same under /l/{code}/: the figures of the libraries the province page rolls up (ADR 041). At a county's
/// address, or with no library below, 404 with the reason.
/// </summary>
public static class ProvinceEndpoints
{
    public static IEndpointRouteBuilder MapProvince(this IEndpointRouteBuilder app)
    {
        app.MapGet("/province/export.csv", (string? year, LibraryTree tree, ProvinceReader reader, ProvinceExport export, CancellationToken ct) =>
            ExportAsync(year, tree, reader, export, "csv", ct));
        app.MapGet("/province/export.xlsx", (string? year, LibraryTree tree, ProvinceReader reader, ProvinceExport export, CancellationToken ct) =>
            ExportAsync(year, tree, reader, export, "xlsx", ct));
        return app;
    }

    private static async Task<IResult> ExportAsync(string? year, LibraryTree tree, ProvinceReader reader, ProvinceExport export, string extension,
        CancellationToken ct)
    {
        var text = ProvinceText.Text;
        if (await ProvinceSet.ForAsync(tree, LibraryScope.Current, ct) is not { } set) return Text(text["Export.NotHere"], StatusCodes.Status404NotFound);
        var years = reader.Years(set);
        if (years.Count == 0) return Text(text["Export.NoPlans"], StatusCodes.Status404NotFound);
        var chosen = years[0];
        if (!string.IsNullOrWhiteSpace(year) && !(int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out chosen) && years.Contains(chosen)))
            return Text(text.Format("Export.NoPlan", year.Trim(), ListText.Join(years.Order().Select(y => y.ToString(CultureInfo.InvariantCulture)))), StatusCodes.Status404NotFound);

        var figures = await export.FiguresAsync(set, chosen, ct);
        var name = text.Format("Export.FileName", chosen, set.Addressed.Name, extension);
        return extension == "xlsx"
            ? Results.File(ProvinceExport.Xlsx(figures, text.Format("Export.Sheet", chosen)), Shared.XlsxSheet.ContentType, name)
            : Results.Stream(body => ProvinceExport.WriteCsvAsync(body, figures, ct), Figures.Csv.FigureCsv.ContentType, name);
    }

    private static IResult Text(string message, int status) => Results.Text(message, "text/plain; charset=utf-8", statusCode: status);
}
