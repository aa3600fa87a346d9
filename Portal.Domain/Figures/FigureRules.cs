using Portal.Domain.Plans;

namespace Portal.Domain.Figures;

/// <summary>What a writer sends for one cell: a value (null deletes the figure) and an optional note.</summary>
public readonly record struct FigureInput(FigureCell Cell, double? Value, string? Note);

/// <summary>Why the write at <paramref name="Index"/> of a batch cannot be saved, by the field the writer should fix.</summary>
public sealed record FigureError(int Index, string Field, string Message);

/// <summary>
/// THE rules that make a figure savable (ADR 031), whoever writes it: the entry grid (as the user types, and again on
/// save), the API and the CSV/xlsx import all ask here. The cell must exist in the plan and still be reported; the
/// value must be a finite, non-negative number below <see cref="FigureValue.Max"/>, and whole for a count; the note
/// short and free of control characters; and a batch names each cell once. Reading the text of a number is each
/// format's own work (EntryNumber, the API's JSON, the CSV reader); who may write and closed months are the write
/// guard's, in the portal, because they need the database.
/// </summary>
public static class FigureRules
{
    /// <summary>A note explains a figure; longer text belongs in a document, not a cell.</summary>
    public const int NoteLength = 2000;

    /// <summary>Why <paramref name="value"/> cannot be a figure of the KPI, or null when it can (the grid asks as the user types).</summary>
    public static string? ValueProblem(Kpi kpi, double value) => Problem(() => FigureValue.Require(kpi, value));

    /// <summary>Every problem of a batch, in order; empty when every write may be saved.</summary>
    public static List<FigureError> Check(Plan plan, IReadOnlyList<FigureInput> writes)
    {
        var errors = new List<FigureError>();
        var seen = new HashSet<FigureCell>();
        for (var i = 0; i < writes.Count; i++)
        {
            var (cell, value, note) = writes[i];
            Add(errors, i, () => plan.KpiIndex(cell.Kpi));
            Add(errors, i, () => plan.DivisionIndex(cell.Division));
            Add(errors, i, () => Months.Require(cell.Month));
            if (value is { } v && plan.HasKpi(cell.Kpi)) Add(errors, i, () => FigureValue.Require(plan.Kpi(cell.Kpi), v));
            else if (value is { } raw) Add(errors, i, () => FigureValue.Require(raw));
            if (plan.HasKpi(cell.Kpi) && plan.Kpi(cell.Kpi) is { RetiredFrom: { } kr } kpi && cell.Month >= kr)
                errors.Add(new(i, "kpi", FigureText.Text.Format("Validate.KpiRetired", kpi.Name, kr, cell.Month)));
            if (plan.HasDivision(cell.Division) && plan.Division(cell.Division) is { RetiredFrom: { } dr } division && cell.Month >= dr)
                errors.Add(new(i, "division", FigureText.Text.Format("Validate.DivisionRetired", division.Name, dr, cell.Month)));
            if (note is { Length: > NoteLength })
                errors.Add(new(i, "note", FigureText.Text.Format("Validate.NoteTooLong", NoteLength, note.Length)));
            else Add(errors, i, () => FigureNote.Require(note)!);
            if (!seen.Add(cell))
                errors.Add(new(i, "month", FigureText.Text.Format("Validate.Twice", cell.Kpi, cell.Division, cell.Month)));
        }
        return errors;
    }

    private static void Add(List<FigureError> errors, int index, Func<object> check)
    {
        if (Problem(check, out var field) is { } message) errors.Add(new(index, field, message));
    }

    private static string? Problem(Func<object> check) => Problem(check, out _);

    private static string? Problem(Func<object> check, out string field)
    {
        field = "value";
        try
        {
            check();
            return null;
        }
        catch (DomainException e)
        {
            field = e.Field ?? "value";
            return e.Message;
        }
    }
}
