namespace Portal.Wall;

/// <summary>Settings under "Portal:Wall". Empty lists fall back to the defaults of the design.</summary>
public sealed class WallOptions
{
    public const string Section = "Portal:Wall";

    /// <summary>Seconds each page stays on screen before the next one of the playlist.</summary>
    public int RotateSeconds { get; set; } = 15;

    /// <summary>
    /// A wall that starts held on its first page with the ticker still (WCAG 2.2.2), for a screen people stand at
    /// rather than pass; a kiosk address can ask the same with ?paused=true. The pause button resumes it.
    /// </summary>
    public bool StartPaused { get; set; }

    /// <summary>Page names in order: overview, sections, divisions, latest; a province or city wall also province and libraries.</summary>
    public string[] Playlist { get; set; } = [];

    public WallFamily[] Families { get; set; } = [];

    /// <summary>The clock and the times on the wall are in the library's time zone, whatever the server's.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// Origins that may show /wall in a frame (a digital-signage page), e.g. "https://signage.zjlib.cn". Empty (the
    /// default): no page may frame it, like every other page of the portal. See docs/adr/011-security-headers.md.
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>How many of the latest saved figures the ticker runs through.</summary>
    public int TickerItems { get; set; } = 12;

    public static string[] DefaultPlaylist => ["overview", "sections", "divisions", "latest"];

    public static WallFamily[] DefaultFamilies =>
    [
        new() { Key = "circulation", Kpis = ["circulation.loans", "circulation.visits", "readers.new-cards"] },
        new() { Key = "digitization", Kpis = ["digitization.rubbings-gb", "digitization.gazetteers"] },
        new() { Key = "lectures", Kpis = ["lectures.high-end", "sharing.outreach-lectures"] },
        new() { Key = "ancient-books", Kpis = ["ancient-books.surveyed", "ancient-books.repaired-pages", "republican-docs.surveyed"] },
    ];

    public void ApplyDefaults()
    {
        if (Playlist.Length == 0) Playlist = DefaultPlaylist;
        if (Families.Length == 0) Families = DefaultFamilies;
    }

    /// <summary>
    /// The playlist's pages for a wall that rolls up libraries below (<paramref name="rollsUp"/>) or not. A wall without
    /// libraries below skips the roll-up pages; one with them starts with them unless the playlist places them itself.
    /// </summary>
    public IReadOnlyList<WallPage> Pages(bool rollsUp = false)
    {
        var pages = Playlist.Select(p => WallPages.TryParse(p, out var page) ? page : (WallPage?)null).OfType<WallPage>().ToList();
        if (!rollsUp) return pages.Where(p => !WallPages.RollsUp(p)).ToList();
        return pages.Any(WallPages.RollsUp) ? pages : [.. WallPages.RollUps, .. pages];
    }

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
