namespace Portal.Wall;

/// <summary>The pages the wall rotates through; their names are the values of <c>?page=</c> and of the playlist.</summary>
public enum WallPage { Overview, Sections, Divisions, Latest }

public static class WallPages
{
    public static string Name(WallPage page) => page.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out WallPage page)
    {
        page = default;
        return !string.IsNullOrWhiteSpace(name) && !int.TryParse(name, out _)
            && Enum.TryParse(name.Trim(), ignoreCase: true, out page) && Enum.IsDefined(page);
    }
}
