using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Reporting.Chain;
using Portal.Tests.Province;

namespace Portal.Tests.Libraries;

/// <summary>
/// The one walk of the tree (ADR 045) on the demo province, with 拱墅区图书馆 added under 杭州 after 宁波's counties
/// (as another instance would: straight into the table), so that "parents before children" and "nearest levels
/// first, then by id" give different orders.
/// </summary>
public sealed class LibraryTreeTests : IAsyncLifetime
{
    private readonly ProvincePortal _province = new();
    private LibraryTree Tree => _province.Portal.Services.GetRequiredService<LibraryTree>();
    private int _gongshu;

    public async Task InitializeAsync()
    {
        var hz = await _province.IdOfAsync("hz-lib");
        await using var db = await _province.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var gongshu = new Library
        {
            Code = "gs-lib", Name = "杭州市拱墅区图书馆", Level = LibraryLevel.County, ParentId = hz,
            CreatedAt = new DateTimeOffset(2013, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        };
        db.Libraries.Add(gongshu);
        await db.SaveChangesAsync();
        _gongshu = gongshu.Id;
    }

    public async Task DisposeAsync() => await _province.DisposeAsync();

    private IEnumerable<string> Codes(IEnumerable<int> ids) => ids.Select(id => Tree.Known(id)!.Code);

    [Fact]
    public async Task FindAsync_ALibraryAddedElsewhere_ReadsTheTableAgain_AndTheWalksKnowIt()
    {
        Assert.Null(Tree.Known(_gongshu));
        Assert.Empty(Tree.Above(_gongshu));

        Assert.Equal("gs-lib", (await Tree.FindAsync(_gongshu))!.Code);

        Assert.Equal(["hz-lib", "zjlib"], Tree.Above(_gongshu).Select(l => l.Code));
    }

    [Fact]
    public async Task Below_TheProvince_ListsParentsBeforeChildren_EachCountyAfterItsCitysEarlierOnes()
    {
        await Tree.FindAsync(_gongshu);
        var zjlib = await _province.IdOfAsync("zjlib");

        Assert.Equal(["hz-lib", "nb-lib", "xh-lib", "yh-lib", "gs-lib", "yz-lib", "cx-lib"], Tree.Below(zjlib).Select(l => l.Code));
        Assert.Equal(["zjlib", "hz-lib", "nb-lib", "xh-lib", "yh-lib", "gs-lib", "yz-lib", "cx-lib"], Codes(Tree.VisibleFrom(zjlib)));
        Assert.Equal(["nb-lib", "yz-lib", "cx-lib"], Codes(Tree.VisibleFrom(await _province.IdOfAsync("nb-lib"))));
        Assert.Empty(Tree.Below(await _province.IdOfAsync("cx-lib")));
        Assert.Empty(Tree.VisibleFrom(9_999));
    }

    [Fact]
    public async Task BelowAsync_TheChainsLibrariesBelow_AreNearestLevelsFirstThenById()
    {
        await Tree.FindAsync(_gongshu);

        var below = await _province.Portal.Services.GetRequiredService<ChainReader>().BelowAsync(await _province.IdOfAsync("zjlib"));

        Assert.Equal(["hz-lib", "nb-lib", "xh-lib", "yh-lib", "yz-lib", "cx-lib", "gs-lib"], Codes(below));
    }

    [Fact]
    public async Task OnReloaded_TellsEachReadWithTheLibrariesBeforeAndAfter_UntilDisposed()
    {
        var reads = new List<(int Before, int After)>();
        var subscription = Tree.OnReloaded((before, after) => reads.Add((before.Count, after.Count)));

        await Tree.FindAsync(_gongshu);
        subscription.Dispose();
        await Tree.ReloadAsync();

        Assert.Equal([(7, 8)], reads);
    }
}
