using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Tests.Support.Plans;

namespace Portal.Domain.Tests.Joint;

/// <summary>
/// The 2013 plan's joint target 全省公共图书馆联动读书活动约 200 场 (network.reading-events, ADR 043), with Zhejiang
/// Library's own events (读者活动部, outreach) and two cities and two counties contributing, to the end of July, the
/// reading festival's first big month (pace 7/12: 116.67 events expected).
/// </summary>
public sealed class JointTotalTests
{
    private const string Events = "network.reading-events";
    private static readonly Plan Plan = PlanFile.Parse(PlanJsons.Seed2013);

    // Jan–Jul; null: not reported.
    private static readonly double?[] Own = [2, 2, 4, 8, 4, 8, 28];                       // 56
    private static readonly double?[] Hangzhou = [1, 1, 2, 3, 2, 3, 12];                   // 24
    private static readonly double?[] Xihu = [0, 0, 1, 1, 1, 1, 4];                        // 8
    private static readonly double?[] Ningbo = [1, 1, 2, 3, 1, 3, 10];                     // 21
    private static readonly double?[] Yinzhou = [0, 1, 0, 1, 1, 1, 3];                     // 7

    private static JointContributor Library(string code, string name, string city, string cityName, double?[] months) =>
        new(code, name, city, cityName, [.. months, .. Enumerable.Repeat<double?>(null, 12 - months.Length)]);

    private static JointTotal Total(double?[] ningbo, double?[] yinzhou) => new(Plan.Kpi(Events),
    [
        Library("hz-lib", "杭州图书馆", "hz-lib", "杭州图书馆", Hangzhou),
        Library("nb-lib", "宁波市图书馆", "nb-lib", "宁波市图书馆", ningbo),
        Library("xh-lib", "杭州市西湖区图书馆", "hz-lib", "杭州图书馆", Xihu),
        Library("yz-lib", "宁波市鄞州区图书馆", "nb-lib", "宁波市图书馆", yinzhou),
    ]);

    private static PlanEvaluation Evaluate(JointTotal total, int month = 7)
    {
        var ledger = new FigureLedger(Plan);
        ledger.AddRange(Own.Select((v, i) => new MonthlyFigure(Events, "outreach", i + 1, v!.Value)));
        return CompletionEngine.Default.Evaluate(ledger, month, joint: new Dictionary<string, JointTotal> { [Events] = total });
    }

    [Fact]
    public void Total_IsTheSumOverContributions_ByLibraryAndByCity()
    {
        var total = Total(Ningbo, Yinzhou);

        Assert.Equal(60, total.ActualAt(7));                                         // 24 + 21 + 8 + 7
        Assert.Equal(18, total.ActualAt(4));                                         // 7 + 7 + 2 + 2
        Assert.Equal([24, 21, 8, 7], total.ByLibrary(7).Select(p => p.Actual));
        var cities = total.ByCity(7);
        Assert.Equal(["hz-lib", "nb-lib"], cities.Select(c => c.City));
        Assert.Equal([32, 28], cities.Select(c => c.Actual));                       // 24 + 8, 21 + 7
        Assert.All(cities, c => Assert.Equal((2, 2), (c.Libraries, c.Reported)));
        Assert.Empty(total.Missing(7));
    }

    [Fact]
    public void Engine_CountsOwnFiguresAndContributions_JudgedLikeAnyKpi()
    {
        var kpi = Evaluate(Total(Ningbo, Yinzhou)).Kpi(Events);

        Assert.Equal(116, kpi.Actual);                                                // 56 own + 60 contributed
        Assert.Equal(200 * 7 / 12.0, kpi.Expected, 6);
        Assert.Equal(KpiStatus.OnTrack, kpi.Status);                                  // 116 / 116.67 = 99%
        Assert.Equal(0.58, kpi.Completion, 9);
    }

    [Fact]
    public void AsOf_ALibraryNotYetReported_IsPendingNotBehind()
    {
        // 宁波 and 鄞州 have not reported July yet: 56 + 24 + 8 + 11 + 4 = 103 of 116.67 expected (88%) would be 略有滞后.
        var total = Total(Ningbo[..6], Yinzhou[..6]);

        var kpi = Evaluate(total).Kpi(Events);

        Assert.Equal(103, kpi.Actual);
        Assert.Equal(KpiStatus.Pending, kpi.Status);
        Assert.Equal(["nb-lib", "yz-lib"], total.Missing(7).Select(m => m.Code));
        Assert.Equal([2, 0], total.ByCity(7).Select(c => c.Reported));               // 杭州 both, 宁波 neither
        Assert.Equal(KpiStatus.OnTrack, Evaluate(total, 6).Kpi(Events).Status);     // June: everyone has reported
    }

    [Fact]
    public void AsOf_ALibraryThatHasReported_IsJudged()
    {
        // The same 103 events, but 宁波 reported July as 0: nothing is awaited, so the shortfall is judged.
        var total = Total([.. Ningbo[..6], 0], [.. Yinzhou[..6], 0]);

        var kpi = Evaluate(total).Kpi(Events);

        Assert.Equal(103, kpi.Actual);
        Assert.Equal(KpiStatus.Behind, kpi.Status);
    }

    [Fact]
    public void NoContributors_TheKpiIsItsOwnFiguresAsBefore()
    {
        var kpi = Evaluate(new JointTotal(Plan.Kpi(Events), [])).Kpi(Events);

        Assert.Equal(56, kpi.Actual);
        Assert.Equal(KpiStatus.AtRisk, kpi.Status);                                   // 56 / 116.67 = 48%
    }
}
