namespace Portal.Data.Demo;

/// <summary>Chosen so that the October dashboard shows every status: achieved, on track, behind and at risk.</summary>
internal static class DemoProfiles
{
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
