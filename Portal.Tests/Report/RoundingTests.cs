using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Briefing;
using Portal.Resources;
using Portal.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Report;

/// <summary>One rounding everywhere (ADR 026): a completion of exactly 24.25% reads 24.3 on the page and in the CSV.</summary>
public sealed class RoundingTests : PageTestContext
{
    [Theory]
    [InlineData(0.2425, "24.3%")]    // exactly 24.25 after × 100: half away from zero, not to even (24.2)
    [InlineData(0.2435, "24.4%")]    // 24.349999999999998 after × 100: binary noise, still a half
    [InlineData(-0.0425, "-4.3%")]
    [InlineData(0.24249, "24.2%")]
    public void Percent_Midpoint_RoundsHalfAwayFromZero(double fraction, string expected) =>
        Assert.Equal(expected, Formats.Percent(fraction));

    [Fact]
    public void BriefingPageAndCsv_Completion24Point25_ShowTheSameNumber()
    {
        var state = UseStore(demo: false);
        // 借阅 242,500 of 1,000,000 in March: 24.25% exactly.
        Store.Apply(2013, [new(2013, "circulation.loans", "reader-services", 3, 242_500, null, "测试", DateTimeOffset.UnixEpoch)]);
        var e = state.Evaluate(3);
        var report = new MonthlyBriefing(e, 3, true, e.Kpis.Select(k => new BriefingKpiRow(k, null, null, null)).ToList(), [], [], [], []);

        var page = Render<BriefingKpiTable>(ps => ps.Add(p => p.Report, report)).Find("[data-kpi='circulation.loans'] [data-completion]").TextContent.Trim();
        var csv = Encoding.UTF8.GetString(BriefingCsv.Write(report, Services.GetRequiredService<IStringLocalizer<SharedText>>(),
            Services.GetRequiredService<IStringLocalizer<BriefingPage>>()));
        var cells = csv.Split("\r\n").Single(l => l.StartsWith("circulation.loans,", StringComparison.Ordinal)).Split(',');

        Assert.Equal("24.3%", page);
        Assert.Equal("24.3", cells[Array.IndexOf(BriefingCsv.Columns, "Completion")]);
    }
}
