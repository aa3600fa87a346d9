using Portal.Data.Entities;
using Portal.Province;

namespace Portal.Tests.Province;

/// <summary>The province's calculations on <see cref="SmallProvince"/>, every number checked by hand.</summary>
public sealed class ProvinceRollupTests
{
    private const double Precision = 1e-9;
    private static readonly ProvinceView View = ProvinceRollup.Of(2013, SmallProvince.Month, SmallProvince.Libraries());

    private static LibraryStanding Of(string code) => View.Libraries.Single(l => l.Library.Code == code);

    [Fact]
    public void Of_OverallCompletion_IsTheMeanOfEachKpisCompletion()
    {
        Assert.Equal(0.6625, Of("xh-lib").Completion!.Value, Precision); // (84,000 / 120,000 + 30 / 48) / 2
        Assert.Equal(0.4375, Of("yh-lib").Completion!.Value, Precision);
        Assert.Equal((36_000 / 120_000.0 + 10 / 48.0) / 2, Of("cx-lib").Completion!.Value, Precision); // reported through May only
        Assert.Equal(2, Of("xh-lib").Statuses.Values.Sum());
    }

    [Fact]
    public void Of_Ranking_BestCompletionFirst_EveryLibraryWithAPlan()
    {
        Assert.Equal(["xh-lib", "yz-lib", "zjlib", "hz-lib", "yh-lib", "nb-lib", "cx-lib"], View.Ranking.Select(s => s.Library.Code));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], View.Ranking.Select(s => s.Rank!.Value));
    }

    [Fact]
    public void Of_Medians_CoverEveryLibraryWithAPlan_AndSayHowManyHaveNotReported()
    {
        Assert.Equal(new GroupMedian(0.55, 7, 7, 2), View.Province with { Value = Round(View.Province.Value) });
        Assert.Equal(new GroupMedian(0.46875, 2, 2, 0), View.Peers[LibraryLevel.City] with { Value = Round(View.Peers[LibraryLevel.City].Value) });
        Assert.Equal(new GroupMedian(0.51875, 4, 4, 2), View.Peers[LibraryLevel.County] with { Value = Round(View.Peers[LibraryLevel.County].Value) });
        Assert.Equal(0.5875, View.Peers[LibraryLevel.Province].Value!.Value, Precision);
    }

    [Fact]
    public void Of_Comparisons_AgainstPeersProvinceAndLastYear()
    {
        var xh = Of("xh-lib");
        Assert.Equal(0.6625 - 0.51875, xh.VersusPeers!.Value, Precision);
        Assert.Equal(0.6625 - 0.55, xh.VersusProvince!.Value, Precision);
        Assert.Equal(0.5, xh.LastYearCompletion!.Value, Precision); // 60,000 loans and 24 talks a year before
        Assert.Equal(0.1625, xh.VersusLastYear!.Value, Precision);
        Assert.Null(Of("cx-lib").LastYearCompletion);
        Assert.Null(Of("cx-lib").VersusLastYear);
        Assert.Equal(0.55 - 0.46875, Of("hz-lib").VersusPeers!.Value, Precision); // the two cities' median
        Assert.Equal(0.0, Of("hz-lib").VersusProvince!.Value, Precision); // hz is the province's middle library
    }

    [Fact]
    public void Of_Reporting_CountsDivisionsAndLibraries_NOfM()
    {
        Assert.Equal(new ReportingTotal(Submitted: 11, Owing: 14, LibrariesReported: 5, Libraries: 7), View.Reporting);
        Assert.False(Of("yh-lib").Library.Reported);
        Assert.Equal(["活动推广部"], Of("yh-lib").Library.Reporting.Returned.Select(d => d.Name));
        Assert.Equal(["外借部", "活动推广部"], Of("cx-lib").Library.Reporting.Late.Select(d => d.Name));
    }

    [Fact]
    public void Of_ALibraryWithoutAPlan_IsNotRanked_ButCountsInTheTotals()
    {
        var libraries = SmallProvince.Libraries().Select(l => l.Code == "nb-lib" ? l with { Evaluation = null, Reporting = MonthReporting.None } : l).ToList();

        var view = ProvinceRollup.Of(2013, SmallProvince.Month, libraries);

        Assert.Null(view.Libraries.Single(l => l.Library.Code == "nb-lib").Rank);
        Assert.Equal(6, view.Ranking.Count);
        Assert.Equal((6, 7, 1), (view.Province.Covers, view.Province.Total, view.Province.WithoutPlan));
        Assert.Equal(0.55, view.Peers[LibraryLevel.City].Value!.Value, Precision); // hz alone; nb is not averaged in as 0
        Assert.Equal((1, 2), (view.Peers[LibraryLevel.City].Covers, view.Peers[LibraryLevel.City].Total));
        Assert.Equal(new ReportingTotal(9, 12, 4, 7), view.Reporting);
    }

    [Fact]
    public void Of_EqualCompletions_ShareARank()
    {
        var libraries = SmallProvince.Libraries().Select(l => l.Code == "zjlib" ? l with { Evaluation = SmallProvince.Libraries().Single(o => o.Code == "yz-lib").Evaluation } : l).ToList();

        var ranks = ProvinceRollup.Of(2013, SmallProvince.Month, libraries).Ranking.Select(s => (s.Library.Code, s.Rank!.Value)).Take(4);

        Assert.Equal([("xh-lib", 1), ("yz-lib", 2), ("zjlib", 2), ("hz-lib", 4)], ranks);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;
}
