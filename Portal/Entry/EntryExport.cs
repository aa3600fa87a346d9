using Portal.Data.Entities;
using Portal.Figures.EntryFiles;
using Portal.Live;

namespace Portal.Entry;

/// <summary>What the entry grid exports (ADR 027): its rows as the lines of <see cref="EntrySheetFile"/>, and the export's address.</summary>
public static class EntryExport
{
    /// <summary>The grid's rows for the division and month, except KPIs retired by then (their figures are history, not input).</summary>
    public static IReadOnlyList<EntrySheetLine> Lines(PlanState state, string division, int month, IReadOnlyList<FigureRecord> stored)
    {
        var sheet = EntrySheet.Build(state, division, month, stored);
        return sheet.Rows.Where(r => r.RetiredFrom is null).Select(r => new EntrySheetLine(r.Kpi.Code, r.Kpi.Name, division,
            sheet.Division.Name, month, r.Stored?.Value, r.Kpi.Target.Unit, r.Stored?.Note)).ToList();
    }

    /// <summary>The address of the export the entry page links to (GET /api/plans/{year}/entry-sheet.xlsx or .csv).</summary>
    public static string Url(int year, string division, int month, string extension) =>
        $"/api/plans/{year}/entry-sheet.{extension}?division={Uri.EscapeDataString(division)}&month={month}";
}
