using Microsoft.Extensions.Localization;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Briefing;

/// <summary>
/// The briefing's KPI table as CSV: UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly.
/// Numbers are plain (no separators, percentages as numbers with one decimal, a fall stays a negative number); text
/// that Excel would run as a formula is neutralised by <see cref="SafeCsvWriter"/>. The last three columns are year
/// over year (同比): last year's figure the change was computed from, the change in %, and the months compared when
/// some were left out (1–3 月); empty where the KPI has no comparable figure last year.
/// </summary>
public static class BriefingCsv
{
    public static readonly string[] Columns =
        ["Code", "Kpi", "Item", "Lead", "Unit", "Target", "Actual", "Month", "Completion", "Expected", "Previous", "Change", "Status", "Forecast", "LastYear", "YearOverYear", "ComparedMonths"];

    public static byte[] Write(MonthlyBriefing report, IStringLocalizer<SharedText> t, IStringLocalizer<BriefingPage> l)
    {
        using var stream = new MemoryStream();
        using (var csv = SafeCsvWriter.Create(stream).Header(Columns.Select(c => l["Csv." + c].Value)))
        {
            foreach (var r in report.Kpis) WriteRow(csv, report, r, t);
        }
        return stream.ToArray();
    }

    private static void WriteRow(SafeCsvWriter csv, MonthlyBriefing report, BriefingKpiRow r, IStringLocalizer<SharedText> t)
    {
        var k = r.Now;
        csv.Text(k.Kpi.Code);
        csv.Text(k.Kpi.Name);
        csv.Text(k.Kpi.ItemCode);
        csv.Text(report.Plan.Division(k.Kpi.LeadDivision).Name);
        csv.Text(k.Kpi.Target.Unit);
        csv.Number(k.Kpi.Target.Value, "0.##");
        csv.Number(k.HasData ? k.Actual : (double?)null, "0.##");
        csv.Number(r.MonthTotal, "0.##");
        csv.Number(k.HasData ? Percent(k.Completion) : null, "0.0");
        csv.Number(Math.Round(k.Expected, 2), "0.##");
        csv.Number(Percent(r.Previous), "0.0");
        csv.Number(Percent(r.Change), "0.0");
        csv.Text(t[StatusStyle.Key(k)].Value);
        csv.Number(k.Forecast is { } f ? Math.Round(f, 2) : (double?)null, "0.##");
        csv.Number(k.PreviousYear is { } last ? last.Base ?? last.Actual : null, "0.##");
        csv.Number(Percent(k.PreviousYear?.Change), "0.0");
        csv.Text(k.PreviousYear is { Excluded.Count: > 0 } p ? Formats.MonthSpan(p.Compared) : "");
        csv.EndRecord();
    }

    private static double? Percent(double? fraction) => Formats.PercentValue(fraction);
}
