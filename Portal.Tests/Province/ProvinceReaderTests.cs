using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Live;
using Portal.Province;

namespace Portal.Tests.Province;

/// <summary>The reader on the demo province: the set a library rolls up, the month's reporting from the stored steps, completion from the live stores.</summary>
public sealed class ProvinceReaderTests : IAsyncLifetime
{
    private readonly ProvincePortal _province = new();

    public async Task InitializeAsync() => await _province.ReportSeptemberAsync();

    public async Task DisposeAsync() => await _province.DisposeAsync();

    private async Task<ProvinceView> ReadAsAsync(string code, int month = ProvincePortal.Month)
    {
        var services = _province.Portal.Services;
        var tree = services.GetRequiredService<LibraryTree>();
        using var entered = LibraryScope.Enter(await tree.ScopeForAsync(await _province.IdOfAsync(code)));
        var set = await ProvinceSet.ForAsync(tree, LibraryScope.Current);
        return await services.GetRequiredService<ProvinceReader>().ReadAsync(set!, ProvincePortal.Year, month);
    }

    private static LibraryMonth Of(ProvinceView view, string code) => view.Libraries.Single(l => l.Library.Code == code).Library;

    [Fact]
    public async Task ReadAsync_AtACity_RollsUpTheCityAndItsCounties_WithWhoSubmittedIsLateOrSentBack()
    {
        var view = await ReadAsAsync("hz-lib");

        Assert.Equal(["hz-lib", "xh-lib", "yh-lib"], view.Libraries.Select(l => l.Library.Code));
        Assert.Equal((3, 3, true), (Of(view, "hz-lib").Reporting.Submitted.Count, Of(view, "hz-lib").Reporting.Owing.Count, Of(view, "hz-lib").Reported));
        var xh = Of(view, "xh-lib").Reporting;
        Assert.Equal(["外借部"], xh.Submitted.Select(d => d.Name));
        Assert.Equal(["活动推广部"], xh.Returned.Select(d => d.Name));
        Assert.Equal(["活动推广部"], xh.Late.Select(d => d.Name)); // sent back, and past the deadline
        Assert.Equal(["外借部", "活动推广部"], Of(view, "yh-lib").Reporting.Late.Select(d => d.Name));
        Assert.Equal(new ReportingTotal(Submitted: 4, Owing: 7, LibrariesReported: 1, Libraries: 3), view.Reporting);
        Assert.Equal((3, 3, 2), (view.Province.Covers, view.Province.Total, view.Province.NotReported));
        Assert.Equal("杭州图书馆", Of(view, "yh-lib").City);
    }

    [Fact]
    public async Task ReadAsync_TakesEachLibrarysCompletionFromItsLiveStore()
    {
        var view = await ReadAsAsync("zjlib");
        var stores = _province.Portal.Services.GetRequiredService<PlanStores>();

        Assert.Equal(7, view.Libraries.Count);
        foreach (var standing in view.Libraries)
        {
            var evaluation = stores.For(standing.Library.Id).Find(ProvincePortal.Year)!.Evaluate(ProvincePortal.Month);
            Assert.Equal(ProvinceRollup.Overall(evaluation), standing.Completion);
        }
        Assert.All(view.Libraries, l => Assert.Null(l.LastYearCompletion)); // nobody has a 2012 plan
    }

    [Fact]
    public async Task ForAsync_AtACounty_OrForACountyUser_IsNone()
    {
        var tree = _province.Portal.Services.GetRequiredService<LibraryTree>();
        var county = await _province.IdOfAsync("xh-lib");

        Assert.Null(await ProvinceSet.ForAsync(tree, await tree.ScopeForAsync(county)));
        Assert.Null(await ProvinceSet.ForAsync(tree, await tree.ScopeForAsync(Data.Entities.Library.DefaultId, addressed: county)));
        Assert.NotNull(await ProvinceSet.ForAsync(tree, await tree.ScopeForAsync(Data.Entities.Library.DefaultId)));
    }
}
