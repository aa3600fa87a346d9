namespace Portal.Data.Demo;

/// <summary>Chosen so that the dashboards show every status: achieved, on track, behind and at risk.</summary>
internal static class DemoProfiles
{
    /// <summary>2013's profiles, and for 2014 the same KPIs (most continue 2013's) with the differences of its first quarter.</summary>
    public static IReadOnlyDictionary<string, DemoProfile> For(int year) => year == 2014 ? Year2014.Value : ByKpi;

    // Lazy: static fields initialise in the order written, and ByKpi comes below.
    private static readonly Lazy<Dictionary<string, DemoProfile>> Year2014 = new(() => ByKpiWith(new()
    {
        ["circulation.loans"] = new(1.03, [("reader-services", 0.7), ("branches", 0.19), ("mobile-library", 0.11)],
            new() { [1] = "新一代文献管理系统上线，自助借还机投入使用", [2] = "春节闭馆 6 天" }),
        ["ancient-books.training-courses"] = new(1.0),
        ["sharing.documentaries"] = new(0.9),
        ["republican-docs.surveyed"] = new(0.72, Notes: new() { [3] = "普查登记软件升级，3 月下旬恢复" }),
        ["wechat.followers"] = new(1.4, Notes: new() { [1] = "微信服务平台 1 月开通" }),
        ["accessibility.audiobooks"] = new(0.85),
        ["lectures.high-end"] = new(0.6, Notes: new() { [3] = "3 月讲座主讲人临时改期" }),
    }));

    private static Dictionary<string, DemoProfile> ByKpiWith(Dictionary<string, DemoProfile> changes)
    {
        var merged = new Dictionary<string, DemoProfile>(ByKpi);
        foreach (var (code, profile) in changes) merged[code] = profile;
        return merged;
    }

    public static readonly Dictionary<string, DemoProfile> ByKpi = new()
    {
        ["local-docs.acquired"] = new(0.97),
        ["local-docs.yearbooks"] = new(1.25, Notes: new() { [5] = "省内年鉴集中征集到馆" }),
        ["digitization.rubbings-gb"] = new(0.99),
        ["digitization.gazetteers"] = new(0.84, Notes: new() { [8] = "扫描外包合同续签延误，9 月恢复" }),
        ["readers.new-cards"] = new(1.05),
        ["circulation.loans"] = new(1.0, [("reader-services", 0.72), ("branches", 0.17), ("mobile-library", 0.11)],
            new() { [2] = "春节闭馆 7 天" }),
        ["circulation.visits"] = new(1.02, [("reader-services", 0.78), ("branches", 0.15), ("mobile-library", 0.07)]),
        ["circulation.recommended"] = new(1.04),
        ["lectures.high-end"] = new(1.0, Notes: new() { [4] = "世界读书日系列讲座" }),
        ["ancient-books.surveyed"] = new(0.98),
        ["ancient-books.repaired-pages"] = new(1.01),
        ["ancient-books.blocks-printed"] = new(0.99),
        ["ancient-books.volumes-bound"] = new(0.87, Notes: new() { [9] = "宣纸到货晚，装订推迟" }),
        ["republican-docs.surveyed"] = new(0.83, Notes: new() { [7] = "普查人员借调古籍普查，进度放缓" }),
        ["ancient-books.training-courses"] = new(0.4, Notes: new() { [6] = "第二期培训班因场地冲突改期至 12 月" }),
        ["sharing.documentaries"] = new(0.4, Notes: new() { [7] = "拍摄设备故障送修，7–9 月停拍" }),
        ["sharing.training-courses"] = new(1.2),
        ["sharing.outreach-lectures"] = new(0.86),
        ["digital-library.mstp-lines"] = new(1.2),
        ["network.reading-events"] = new(1.02, Notes: new() { [7] = "第九届未成年人读书节开幕" }),
        ["accessibility.braille-chars"] = new(1.0),
        ["network.training-courses"] = new(0.69, Notes: new() { [10] = "绩效评估培训班延至 11 月举办" }),
    };
}
