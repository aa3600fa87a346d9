using CsvHelper;
using Microsoft.Extensions.Localization;
using Portal.Resources;
using Portal.Shared;

namespace Portal.Report;

/// <summary>
/// The briefing's KPI table as CSV: UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly.
/// Numbers are plain (no separators, percentages as numbers with one decimal); text that Excel would run as a
/// formula is escaped. The last two columns are year over year (同比): last year's actual as of the same month and
/// the change in %, empty where the KPI has no comparable figure last year.
/// </summary>
public static class ReportCsv
{
    public static readonly string[] Columns =
        ["Code", "Kpi", "Item", "Lead", "Unit", "Target", "Actual", "Month", "Completion", "Expected", "Previous", "Change", "Status", "Forecast", "LastYear", "YearOverYear"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write(MonthlyReport report, IStringLocalizer<SharedText> t, IStringLocalizer<ReportPage> l)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var c in Columns) csv.WriteField(l["Csv." + c].Value);
            csv.EndRecord();
            foreach (var r in report.Kpis) WriteRow(csv, report, r, t);
        }
        return stream.ToArray();
    }

    private static void WriteRow(CsvWriter csv, MonthlyReport report, ReportKpiRow r, IStringLocalizer<SharedText> t)
    {
        var k = r.Now;
        csv.WriteField(k.Kpi.Code);
        csv.WriteField(k.Kpi.Name);
        csv.WriteField(k.Kpi.ItemCode);
        csv.WriteField(report.Plan.Division(k.Kpi.LeadDivision).Name);
        csv.WriteField(k.Kpi.Target.Unit);
        csv.WriteField(k.Kpi.Target.Value, "0.##");
        csv.WriteField(k.HasData ? k.Actual : (double?)null, "0.##");
        csv.WriteField(r.MonthTotal, "0.##");
        csv.WriteField(k.HasData ? Percent(k.Completion) : null, "0.0");
        csv.WriteField(Math.Round(k.Expected, 2), "0.##");
        csv.WriteField(Percent(r.Previous), "0.0");
        csv.WriteField(Percent(r.Change), "0.0");
        csv.WriteField(t[StatusStyle.Key(k.Status)].Value);
        csv.WriteField(k.Forecast is { } f ? Math.Round(f, 2) : (double?)null, "0.##");
        csv.WriteField(k.PreviousYear?.Actual, "0.##");
        csv.WriteField(Percent(k.PreviousYear?.Change), "0.0");
        csv.EndRecord();
    }

    private static double? Percent(double? fraction) => fraction is { } f && double.IsFinite(f) ? Math.Round(f * 100, 1) : null;
}
