namespace Portal.Wall;

/// <summary>
/// The pages the wall rotates through; their names are the values of <c>?page=</c> and of the playlist. Province and
/// Libraries roll up the libraries below (ADR 044): the reporting and the joint targets, the ranking and the latest
/// contributions; only a province or city library with libraries below has them.
/// </summary>
public enum WallPage { Overview, Sections, Divisions, Latest, Province, Libraries }

public static class WallPages
{
    public static string Name(WallPage page) => page.ToString().ToLowerInvariant();

    /// <summary>The pages of a roll-up over the libraries below, in the order a province wall starts with.</summary>
    public static readonly IReadOnlyList<WallPage> RollUps = [WallPage.Province, WallPage.Libraries];

    public static bool RollsUp(WallPage page) => page is WallPage.Province or WallPage.Libraries;

    public static bool TryParse(string? name, out WallPage page)
    {
        page = default;
        return !string.IsNullOrWhiteSpace(name) && !int.TryParse(name, out _)
            && Enum.TryParse(name.Trim(), ignoreCase: true, out page) && Enum.IsDefined(page);
    }
}
