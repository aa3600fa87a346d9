namespace Portal.Data.Demo;

/// <summary>Chosen so that the dashboards show every status: achieved, on track, behind and at risk.</summary>
internal static class DemoProfiles
{
    /// <summary>2013's profiles, and for 2014 the same KPIs (most continue 2013's) with the differences of its first quarter.</summary>
    public static IReadOnlyDictionary<string, DemoProfile> For(int year) => year == 2014 ? Year2014.Value : ByKpi;

    // Lazy: static fields initialise in the order written, and ByKpi comes below.
    private static readonly Lazy<Dictionary<string, DemoProfile>> Year2014 = new(() => ByKpiWith(DemoContent.WithNotes(2014, new()
    {
        ["circulation.loans"] = new(1.03, [("reader-services", 0.7), ("branches", 0.19), ("mobile-library", 0.11)]),
        ["ancient-books.training-courses"] = new(1.0),
        ["sharing.documentaries"] = new(0.9),
        ["republican-docs.surveyed"] = new(0.72),
        ["wechat.followers"] = new(1.4),
        ["accessibility.audiobooks"] = new(0.85),
        ["lectures.high-end"] = new(0.6),
    })));

    private static Dictionary<string, DemoProfile> ByKpiWith(Dictionary<string, DemoProfile> changes)
    {
        var merged = new Dictionary<string, DemoProfile>(ByKpi);
        foreach (var (code, profile) in changes) merged[code] = profile;
        return merged;
    }

    public static readonly Dictionary<string, DemoProfile> ByKpi = DemoContent.WithNotes(2013, new()
    {
        ["local-docs.acquired"] = new(0.97),
        ["local-docs.yearbooks"] = new(1.25),
        ["digitization.rubbings-gb"] = new(0.99),
        ["digitization.gazetteers"] = new(0.84),
        ["readers.new-cards"] = new(1.05),
        ["circulation.loans"] = new(1.0, [("reader-services", 0.72), ("branches", 0.17), ("mobile-library", 0.11)]),
        ["circulation.visits"] = new(1.02, [("reader-services", 0.78), ("branches", 0.15), ("mobile-library", 0.07)]),
        ["circulation.recommended"] = new(1.04),
        ["lectures.high-end"] = new(1.0),
        ["ancient-books.surveyed"] = new(0.98),
        ["ancient-books.repaired-pages"] = new(1.01),
        ["ancient-books.blocks-printed"] = new(0.99),
        ["ancient-books.volumes-bound"] = new(0.87),
        ["republican-docs.surveyed"] = new(0.83),
        ["ancient-books.training-courses"] = new(0.4),
        ["sharing.documentaries"] = new(0.4),
        ["sharing.training-courses"] = new(1.2),
        ["sharing.outreach-lectures"] = new(0.86),
        ["digital-library.mstp-lines"] = new(1.2),
        ["network.reading-events"] = new(1.02),
        ["accessibility.braille-chars"] = new(1.0),
        ["network.training-courses"] = new(0.69),
    });
}
