using System.Security.Claims;
using Portal.Domain.Figures;
using Portal.Figures.Csv;
using Portal.Figures.EntryFiles;
using Portal.Live;
using Portal.Plans;

namespace Portal.Figures;

/// <summary>
/// CSV imports (and .xlsx, read as the same CSV: <see cref="XlsxAsCsv"/>): the file's rows become writes without
/// version checks (an import is an explicit, audited overwrite) and go through <see cref="FigureService"/> like
/// any other save, so the writer's rights, closed months, validation, audit and the live store are exactly those
/// of the grid and the API. All or nothing: one bad row and nothing is written, and every bad row is reported with
/// its line as Excel shows it.
/// </summary>
public sealed class FigureImporter(FigureService figures)
{
    public async Task<ImportOutcome> ImportAsync(PlanState plan, ReadOnlyMemory<byte> file, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (XlsxAsCsv.IsXlsx(file.Span))
        {
            var (csv, error) = XlsxAsCsv.Convert(file);
            if (csv is null) return ImportOutcome.Invalid([new ImportError(1, error!)]);
            file = csv;
        }
        var parsed = FigureCsvReader.Read(file);
        if (parsed.Errors.Count > 0)
        {
            // Report the rows that could not be read together with what is wrong in the others, so one round of fixes does.
            var invalid = FigureRules.Check(plan.Plan, parsed.Writes.ConvertAll(w => w.Input));
            return ImportOutcome.Invalid(parsed.Errors.Concat(LinesOf(parsed, invalid)).OrderBy(e => e.Line).ToList());
        }
        var outcome = await figures.SaveAsync(plan, parsed.Writes, user, ct);
        if (outcome.Refusals.Count > 0) return ImportOutcome.Refused(outcome.Refusals);
        if (outcome.Errors.Count > 0) return ImportOutcome.Invalid(LinesOf(parsed, outcome.Errors).OrderBy(e => e.Line).ToList());
        return new ImportOutcome(parsed.Writes.Count, outcome.Changed, []);
    }

    private static IEnumerable<ImportError> LinesOf(ParsedFile parsed, IEnumerable<FigureError> errors) =>
        errors.Select(e => new ImportError(parsed.Lines[e.Index], e.Message));
}
