using System.Net;
using System.Text;
using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Briefing;
using Portal.Figures;
using Portal.Plans;
using Portal.Tests.Support;
using static Portal.Tests.Support.TwoYears;

namespace Portal.Tests.Report;

/// <summary>
/// 同比 where it leaves the portal: the report's column and CSV, and the dashboard JSON's previousYear, on a real
/// portal whose database holds the 2014 plan of <see cref="TwoYears"/> (seeded from a plan file) and both years' figures.
/// </summary>
public sealed class ReportYearOverYearTests : PageTestContext
{
    [Fact]
    public void ReportKpiTable_TwoYears_HasAYearOverYearColumn()
    {
        var state = UseTwoYears();
        var e = state.Current;
        var rows = e.Kpis.Select(k => new BriefingKpiRow(k, null, null, null)).ToList();

        var cut = Render<BriefingKpiTable>(ps => ps.Add(p => p.Report, new MonthlyBriefing(e, 3, true, rows, [], [], [], [])));

        Assert.Contains("同比", cut.Find("[data-report-kpis] thead").TextContent);
        Assert.Equal("1、3 月同比 ↑ +10.0%", cut.Find($"[data-kpi='{Visits}'] [data-yoy]").TextContent.Trim());
        Assert.Contains("2013年同期累计 230,000 人次；不含 2月", cut.Find($"[data-kpi='{Visits}'] [data-yoy]").GetAttribute("title"));
        Assert.Equal("↓ -10.0%", cut.Find($"[data-kpi='{Loans}'] [data-yoy]").TextContent.Trim());
    }

    [Fact]
    public async Task ReportCsvAndDashboard_TwoYears_CarryLastYearAndTheChange()
    {
        var planFile = TwoYears.WritePlan2014();
        try
        {
            await using var portal = new TwoYearPortal(planFile);
            await portal.SaveFiguresAsync();
            using var client = await portal.CreateAdminClientAsync();

            var bytes = await client.GetByteArrayAsync("/report/kpis.csv?year=2014&month=3");
            var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.EndsWith(",去年同期,同比(%),同比月份", lines[0]);
            Assert.EndsWith(",170000,10.0,1、3 月", lines.Single(l => l.StartsWith(Visits + ",", StringComparison.Ordinal)));
            Assert.EndsWith(",150000,-10.0,", lines.Single(l => l.StartsWith(Loans + ",", StringComparison.Ordinal)));
            Assert.EndsWith(",2,,", lines.Single(l => l.StartsWith(Lectures + ",", StringComparison.Ordinal)));

            var root = JsonDocument.Parse(await client.GetStringAsync("/api/plans/2014/dashboard?asOf=3")).RootElement;
            var visits = root.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("code").GetString() == Visits);
            var previous = visits.GetProperty("previousYear");
            Assert.Equal(["year", "kpi", "actual", "change", "excludedMonths"], previous.EnumerateObject().Select(p => p.Name));
            Assert.Equal(2013, previous.GetProperty("year").GetInt32());
            Assert.Equal(Visits, previous.GetProperty("kpi").GetString());
            Assert.Equal(230_000, previous.GetProperty("actual").GetDouble());
            Assert.Equal(0.1, previous.GetProperty("change").GetDouble(), 1e-12);
            Assert.Equal([2], previous.GetProperty("excludedMonths").EnumerateArray().Select(m => m.GetInt32()));
            var cards = root.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("code").GetString() == Cards);
            Assert.Equal(285_000, cards.GetProperty("opening").GetDouble());
            Assert.Equal(3_645 / 25_000.0, cards.GetProperty("completion").GetDouble(), 1e-12);

            var y2013 = JsonDocument.Parse(await client.GetStringAsync("/api/plans/2013/dashboard")).RootElement;
            Assert.All(y2013.GetProperty("kpis").EnumerateArray(), k => Assert.Equal(JsonValueKind.Null, k.GetProperty("previousYear").ValueKind));
        }
        finally
        {
            File.Delete(planFile);
        }
    }
}
