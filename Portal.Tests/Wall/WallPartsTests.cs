using Portal.Wall;

namespace Portal.Tests.Wall;

public sealed class WallPartsTests
{
    [Theory]
    [InlineData("历史文献部（省古籍保护中心）", "历史文献部")]
    [InlineData("古籍修复（中度损坏）", "古籍修复")]
    [InlineData("外借文献", "外借文献")]
    [InlineData("（全称）", "（全称）")]
    public void Short_TrailingParenthesis_IsDropped(string name, string expected) =>
        Assert.Equal(expected, WallFormats.Short(name));

    [Theory]
    [InlineData(832_512, "83.3万")]
    [InlineData(1_000_000, "100万")]
    [InlineData(16_234, "1.62万")]
    [InlineData(9_575, "9,575")]
    [InlineData(0, "0")]
    public void Compact_LargeCounts_AreIn10Thousands(double value, string expected) =>
        Assert.Equal(expected, WallFormats.Compact(value));

    [Fact]
    public void Rotation_Pinned_NeverMoves()
    {
        var rotation = new WallRotation([WallPage.Overview, WallPage.Latest], WallPage.Divisions);

        rotation.Advance();

        Assert.Equal(WallPage.Divisions, rotation.Current);
        Assert.False(rotation.Rotates);
    }

    [Fact]
    public void Rotation_EmptyPlaylist_ShowsTheOverview()
    {
        var rotation = new WallRotation([], null);

        Assert.Equal(WallPage.Overview, rotation.Current);
        Assert.False(rotation.Rotates);
    }

    [Theory]
    [InlineData("Latest", true)]
    [InlineData("divisions", true)]
    [InlineData("2", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void PageNames_ParseCaseInsensitively_AndRefuseNumbers(string? name, bool ok) =>
        Assert.Equal(ok, WallPages.TryParse(name, out _));

    [Fact]
    public void Validation_BadSettings_SayWhatToFix()
    {
        var options = new WallOptions { RotateSeconds = 1, Playlist = ["overview", "charts"], TimeZone = "Mars/Olympus" };

        var result = new WallOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("RotateSeconds"));
        Assert.Contains(result.Failures!, f => f.Contains("'charts'"));
        Assert.Contains(result.Failures!, f => f.Contains("Mars/Olympus"));
    }

    [Fact]
    public void Defaults_EmptyConfiguration_GetTheFourFamiliesAndFourPages()
    {
        var options = new WallOptions();

        options.ApplyDefaults();

        Assert.Equal(["circulation", "digitization", "lectures", "ancient-books"], options.Families.Select(f => f.Key));
        Assert.Equal([WallPage.Overview, WallPage.Sections, WallPage.Divisions, WallPage.Latest], options.Pages());
    }

    [Fact]
    public void Pages_OfAWallWithLibrariesBelow_StartWithTheRollUp_AndAWallWithoutThemSkipsIt()
    {
        var defaults = new WallOptions();
        defaults.ApplyDefaults();
        var placed = new WallOptions { Playlist = ["overview", "libraries"] };

        Assert.Equal([WallPage.Province, WallPage.Libraries, WallPage.Overview, WallPage.Sections, WallPage.Divisions, WallPage.Latest],
            defaults.Pages(rollsUp: true));
        Assert.Equal([WallPage.Overview, WallPage.Libraries], placed.Pages(rollsUp: true)); // placed by the playlist: kept there
        Assert.Equal([WallPage.Overview], placed.Pages(rollsUp: false));                    // a county's wall has nothing to roll up
    }
}
