using Portal.Data;
using Portal.Domain;
using Portal.Domain.Figures;
using Portal.Domain.Plans;

namespace Portal.Figures;

/// <summary>Checks writes against the plan before anything touches the database, collecting every problem.</summary>
public static class FigureValidator
{
    public static List<FigureError> Validate(Plan plan, IReadOnlyList<FigureWrite> writes)
    {
        var errors = new List<FigureError>();
        var seen = new HashSet<(string, string, int)>();
        for (var i = 0; i < writes.Count; i++)
        {
            var w = writes[i];
            Check(errors, i, () => plan.KpiIndex(w.Kpi));
            Check(errors, i, () => plan.DivisionIndex(w.Division));
            Check(errors, i, () => Months.Require(w.Month));
            if (w.Value is { } v && plan.HasKpi(w.Kpi)) Check(errors, i, () => FigureValue.Require(plan.Kpi(w.Kpi), v));
            else if (w.Value is { } raw) Check(errors, i, () => FigureValue.Require(raw));
            if (plan.HasKpi(w.Kpi) && plan.Kpi(w.Kpi) is { RetiredFrom: { } kr } kpi && w.Month >= kr)
                errors.Add(new(i, "kpi", FigureMessages.Text.Format("Validate.KpiRetired", kpi.Name, kr, w.Month)));
            if (plan.HasDivision(w.Division) && plan.Division(w.Division) is { RetiredFrom: { } dr } division && w.Month >= dr)
                errors.Add(new(i, "division", FigureMessages.Text.Format("Validate.DivisionRetired", division.Name, dr, w.Month)));
            if (w.Note is { Length: > FigureLimits.NoteLength })
                errors.Add(new(i, "note", FigureMessages.Text.Format("Validate.NoteTooLong", FigureLimits.NoteLength, w.Note.Length)));
            else Check(errors, i, () => FigureNote.Require(w.Note)!);
            if (!seen.Add((w.Kpi, w.Division, w.Month)))
                errors.Add(new(i, "month", FigureMessages.Text.Format("Validate.Twice", w.Kpi, w.Division, w.Month)));
        }
        return errors;
    }

    private static void Check(List<FigureError> errors, int index, Func<object> check)
    {
        try
        {
            check();
        }
        catch (DomainException e)
        {
            errors.Add(new(index, e.Field ?? "value", e.Message));
        }
    }
}
