using System.Globalization;
using CsvHelper;
using Portal.Figures.EntryFiles;
using Portal.Shared;

namespace Portal.Figures.Csv;

/// <summary>
/// Where each column is in this file (matched by header name, ignoring case), and how a row is read. The import
/// format's English headers, or the entry sheet's Chinese ones (<see cref="EntrySheetFile"/>), whose extra columns
/// (names, unit) are for people and ignored here. In an entry sheet a row with neither value nor note is a KPI not
/// reported yet, and is skipped; in the import format it is an error, as it always was.
/// </summary>
internal sealed record FigureCsvColumns(int Kpi, int Division, int Month, int Value, int? Note, bool IsEntrySheet = false)
{
    public static FigureCsvColumns? Resolve(CsvReader csv)
    {
        int Index(string name) => csv.TryGetFieldIndex(name, out var i) ? i : -1;
        var (kpi, division, month, value, note) = (Index("kpi"), Index("division"), Index("month"), Index("value"), Index("note"));
        if (kpi >= 0 && division >= 0 && month >= 0 && value >= 0) return new(kpi, division, month, value, note < 0 ? null : note);
        (kpi, division, month, value, note) = (Index(EntrySheetFile.KpiCode), Index(EntrySheetFile.DivisionCode), Index(EntrySheetFile.Month),
            Index(EntrySheetFile.Value), Index(EntrySheetFile.Note));
        if (kpi < 0 || division < 0 || month < 0 || value < 0) return null;
        return new(kpi, division, month, value, note < 0 ? null : note, IsEntrySheet: true);
    }

    public FigureWrite? ReadRow(CsvReader csv, int line, List<ImportError> errors)
    {
        if (IsEntrySheet && csv.IsEmpty(Value) && (Note is not { } noteColumn || csv.IsEmpty(noteColumn))) return null;
        var count = errors.Count;
        var kpi = Code(csv, Kpi, FigureMessages.Text["Csv.KpiColumn"], line, errors);
        var division = Code(csv, Division, FigureMessages.Text["Csv.DivisionColumn"], line, errors);
        if (!csv.TryParse<int>(Month, out var month) && !int.TryParse(csv.GetString(Month), NumberStyles.Integer, CultureInfo.InvariantCulture, out month))
            errors.Add(new(line, csv.IsEmpty(Month) ? FigureMessages.Text["Csv.MonthEmpty"] : FigureMessages.Text.Format("Csv.MonthNotInt", Shorten(csv.GetString(Month)))));
        if (!csv.TryParse<double>(Value, out var value)
            && !double.TryParse(csv.GetString(Value), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
            errors.Add(new(line, csv.IsEmpty(Value) ? FigureMessages.Text["Csv.ValueEmpty"] : FigureMessages.Text.Format("Csv.ValueNotNumber", Shorten(csv.GetString(Value)))));
        // An exported note that began like a formula carries a protecting apostrophe (CsvFormula): it comes off again.
        var note = Note is { } n && !csv.IsEmpty(n) ? CsvFormula.Restore(csv.GetString(n)) : null;
        return errors.Count > count ? null : new FigureWrite(kpi, division, month, value, note, null);
    }

    private static string Code(CsvReader csv, int column, string what, int line, List<ImportError> errors)
    {
        var code = csv.GetString(column).Trim();
        if (code.Length == 0) errors.Add(new(line, FigureMessages.Text.Format("Csv.CodeEmpty", what)));
        return code;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
