using Portal.Tests.Support;
using Portal.Data;
using System.Text;

namespace Portal.IntegrationTests.Hardening;

/// <summary>Who sends a bad input: the feed's admin token, a division's staff, a dead or read-only token, a browser session.</summary>
public enum Sender { Admin, Staff, Revoked, Kiosk, Forged, Expired, Session }

/// <summary>One malformed request, the status it must get and a phrase its Chinese message must contain.</summary>
public sealed record BadInput(string Method, string Path, byte[]? Body, string? ContentType, int Status, string Says, Sender As = Sender.Admin)
{
    public bool IsPage => !Path.StartsWith("/api/", StringComparison.Ordinal);
}

/// <summary>
/// The matrix: PUT bodies, route values, queries, tokens, CSV files and pages. Every case is named, so that a failure
/// says which input got through.
/// </summary>
public static class BadInputCases
{
    private const string Cell = "/api/plans/2013/figures/circulation.loans/reader-services";
    private const string Import = "/api/plans/2013/figures/import";
    private const string Header = "kpi,division,month,value,note\n";

    private static BadInput Put(string body, string says, string month = "3") => new("PUT", $"{Cell}/{month}", Utf8(body), "application/json", 400, says);

    private static BadInput PutTo(string path, int status, string says) => new("PUT", path, Utf8("""{"value": 98450}"""), "application/json", status, says);

    private static BadInput Csv(string text, string says, int status = 400) => new("POST", Import, Utf8(text), "text/csv", status, says);

    private static BadInput Get(string path, int status, string says, Sender by = Sender.Admin) => new("GET", path, null, null, status, says, by);

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public static readonly IReadOnlyDictionary<string, BadInput> All = new Dictionary<string, BadInput>
    {
        // The body of a PUT
        ["body: empty"] = Put("", "为空"),
        ["body: only spaces"] = Put("   \n ", "JSON"),
        ["body: broken JSON"] = Put("""{"value": 98450""", "JSON"),
        ["body: an array"] = Put("[98450]", "对象"),
        ["body: a bare string"] = Put("\"98450\"", "对象"),
        ["body: null"] = Put("null", "对象"),
        ["body: nested 200 deep"] = Put(new string('[', 200) + new string(']', 200), "JSON"),
        ["body: XML"] = new("PUT", $"{Cell}/3", Utf8("<figure><value>98450</value></figure>"), "application/xml", 400, "JSON"),
        ["body: GBK-encoded"] = new("PUT", $"{Cell}/3", Portal.Shared.TextEncodings.Gb18030.GetBytes("""{"value": 98450, "note": "含流动服务点"}"""), "application/json", 400, "UTF-8"),
        ["body: invalid UTF-8 bytes"] = new("PUT", $"{Cell}/3", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D], "application/json", 400, "UTF-8"),
        ["value: missing"] = Put("{}", "缺少 value"),
        ["value: null"] = Put("""{"value": null}""", "缺少 value"),
        ["value: Chinese text"] = Put("""{"value": "九万八"}""", "不能是文本"),
        ["value: number in quotes"] = Put("""{"value": "98450"}""", "去掉引号"),
        ["value: true"] = Put("""{"value": true}""", "必须是数字"),
        ["value: an object"] = Put("""{"value": {"n": 98450}}""", "必须是数字"),
        ["value: NaN literal"] = Put("""{"value": NaN}""", "JSON"),
        ["value: \"NaN\""] = Put("""{"value": "NaN"}""", "不能是文本"),
        ["value: Infinity literal"] = Put("""{"value": Infinity}""", "JSON"),
        ["value: \"-Infinity\""] = Put("""{"value": "-Infinity"}""", "不能是文本"),
        ["value: 1e309"] = Put("""{"value": 1e309}""", "范围"),
        ["value: a quadrillion"] = Put("""{"value": 1e15}""", "过大"),
        ["value: 2^63"] = Put("""{"value": 9223372036854775808}""", "过大"),
        ["value: negative"] = Put("""{"value": -5}""", "负数"),
        ["value: negative fraction"] = Put("""{"value": -0.5}""", "负数"),
        ["value: fraction of a count"] = Put("""{"value": 98450.5}""", "整数"),
        ["value: tiny fraction of a count"] = Put("""{"value": 1e-7}""", "整数"),
        ["note: a number"] = Put("""{"value": 98450, "note": 12}""", "必须是文本"),
        ["note: an object"] = Put("""{"value": 98450, "note": {"text": "含流动站"}}""", "必须是文本"),
        ["note: 100 KB"] = Put($$"""{"value": 98450, "note": "{{new string('注', 100 * 1024 / 3)}}"}""", "2000"),
        ["note: NUL"] = Put("""{"value": 98450, "note": "含\u0000流动站"}""", "控制字符"),
        ["note: bell"] = Put("""{"value": 98450, "note": "\u0007"}""", "控制字符"),
        ["note: escape sequence"] = Put("""{"value": 98450, "note": "\u001b[31m红字"}""", "控制字符"),
        ["note: C1 control"] = Put("""{"value": 98450, "note": "含\u0085流动站"}""", "控制字符"),
        ["note: lone high surrogate"] = Put("""{"value": 98450, "note": "表情\ud83d"}""", "Unicode"),
        ["note: lone low surrogate"] = Put("""{"value": 98450, "note": "\ude00表情"}""", "Unicode"),
        ["version: negative"] = Put("""{"value": 98450, "version": -1}""", "version"),
        ["version: text"] = Put("""{"value": 98450, "version": "2"}""", "version"),
        ["version: fraction"] = Put("""{"value": 98450, "version": 1.5}""", "version"),
        ["version: beyond int"] = Put("""{"value": 98450, "version": 99999999999}""", "version"),
        // The route of a PUT
        ["month: 0"] = Put("""{"value": 98450}""", "1 到 12", month: "0"),
        ["month: 13"] = Put("""{"value": 98450}""", "1 到 12", month: "13"),
        ["month: -1"] = Put("""{"value": 98450}""", "1 到 12", month: "-1"),
        ["month: abc"] = Put("""{"value": 98450}""", "1 到 12", month: "abc"),
        ["month: 三月"] = Put("""{"value": 98450}""", "1 到 12", month: "三月"),
        ["month: 3.5"] = Put("""{"value": 98450}""", "1 到 12", month: "3.5"),
        ["month: beyond int"] = Put("""{"value": 98450}""", "1 到 12", month: "99999999999"),
        ["kpi: unknown"] = PutTo("/api/plans/2013/figures/circulation.lending/reader-services/3", 404, "circulation.lending"),
        ["kpi: 300 characters"] = PutTo($"/api/plans/2013/figures/{new string('k', 300)}/reader-services/3", 404, "指标"),
        ["kpi: path trick"] = PutTo("/api/plans/2013/figures/..%2F..%2Fetc%2Fpasswd/reader-services/3", 404, "指标"),
        ["kpi: script"] = PutTo("/api/plans/2013/figures/%3Cscript%3E/reader-services/3", 404, "指标"),
        ["division: unknown"] = PutTo("/api/plans/2013/figures/circulation.loans/readers/3", 404, "readers"),
        ["division: path trick"] = PutTo("/api/plans/2013/figures/circulation.loans/reader-services%2F..%2F..%2Fbranches/3", 404, "部门"),
        ["year: unknown"] = PutTo("/api/plans/1999/figures/circulation.loans/reader-services/3", 404, "1999"),
        ["year: text"] = PutTo("/api/plans/abc/figures/circulation.loans/reader-services/3", 404, "abc"),
        ["year: beyond int"] = PutTo("/api/plans/99999999999/figures/circulation.loans/reader-services/3", 404, "99999999999"),
        ["route: too short"] = PutTo("/api/plans/2013/figures/circulation.loans", 405, "请求方法"),
        ["method: POST to a cell"] = new("POST", $"{Cell}/3", Utf8("""{"value": 98450}"""), "application/json", 405, "请求方法"),
        ["delete: no version"] = new("DELETE", $"{Cell}/1", null, null, 400, "?version="),
        ["delete: version text"] = new("DELETE", $"{Cell}/1?version=abc", null, null, 400, "正整数"),
        ["delete: version 0"] = new("DELETE", $"{Cell}/1?version=0", null, null, 400, "正整数"),
        // Queries
        ["figures: month 13"] = Get("/api/plans/2013/figures?month=13", 400, "1 到 12"),
        ["figures: unknown kpi"] = Get("/api/plans/2013/figures?kpi=%3Cscript%3E", 400, "指标"),
        ["dashboard: asOf 0"] = Get("/api/plans/2013/dashboard?asOf=0", 400, "1 到 12"),
        ["audit: unknown division"] = Get("/api/plans/2013/audit?division=..%2F..", 400, "部门"),
        // Who writes
        ["token: revoked"] = new("PUT", $"{Cell}/3", Utf8("""{"value": 98450}"""), "application/json", 401, "令牌", Sender.Revoked),
        ["token: kiosk"] = new("PUT", $"{Cell}/3", Utf8("""{"value": 98450}"""), "application/json", 403, "大屏", Sender.Kiosk),
        ["token: forged"] = new("PUT", $"{Cell}/3", Utf8("""{"value": 98450}"""), "application/json", 401, "令牌", Sender.Forged),
        ["session: expired"] = new("PUT", $"{Cell}/3", Utf8("""{"value": 98450}"""), "application/json", 401, "登录", Sender.Expired),
        ["staff: another division"] = new("PUT", "/api/plans/2013/figures/circulation.loans/branches/3", Utf8("""{"value": 15000}"""), "application/json", 403, "分馆", Sender.Staff),
        ["kiosk: import"] = new("POST", Import, Utf8(Header + "circulation.loans,reader-services,3,98450,\n"), "text/csv", 403, "大屏", Sender.Kiosk),
        // CSV import
        ["csv: empty file"] = Csv("", "文件为空"),
        ["csv: only a BOM"] = new("POST", Import, [0xEF, 0xBB, 0xBF], "text/csv", 400, "文件为空"),
        ["csv: wrong header"] = Csv("a,b,c\n1,2,3\n", "表头"),
        ["csv: binary"] = new("POST", Import, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01], "text/csv", 400, "表头"),
        ["csv: binary after the header"] = new("POST", Import, [.. Utf8(Header), 0x00, 0x01, 0x02, 0xFF, 0x2C, 0x2C, 0x2C, 0x2C, 0x0A], "text/csv", 400, "第 2 行"),
        ["csv: month 13"] = Csv(Header + "circulation.loans,reader-services,13,98450,\n", "1 到 12"),
        ["csv: month abc"] = Csv(Header + "circulation.loans,reader-services,abc,98450,\n", "不是整数"),
        ["csv: value with unit"] = Csv(Header + "circulation.loans,reader-services,3,98450册,\n", "不是数字"),
        ["csv: negative value"] = Csv(Header + "circulation.loans,reader-services,3,-5,\n", "负数"),
        ["csv: huge value"] = Csv(Header + "circulation.loans,reader-services,3,1e15,\n", "过大"),
        ["csv: NaN"] = Csv(Header + "circulation.loans,reader-services,3,NaN,\n", "NaN"),
        ["csv: fraction of a count"] = Csv(Header + "circulation.loans,reader-services,3,98450.5,\n", "整数"),
        ["csv: unknown kpi"] = Csv(Header + "circulation.lending,reader-services,3,98450,\n", "circulation.lending"),
        ["csv: stray quote"] = Csv(Header + "circulation.loans,reader-services,3,98450,含\"流动\"站\"\n", "双引号"),
        ["csv: note with control character"] = Csv(Header + "circulation.loans,reader-services,3,98450,含\u0007流动站\n", "控制字符"),
        ["csv: one bad row of two"] = Csv(Header + "circulation.loans,reader-services,3,98450,\ncirculation.loans,reader-services,4,-1,\n", "第 3 行"),
        ["csv: the same cell twice"] = Csv(Header + "circulation.loans,reader-services,3,98450,\ncirculation.loans,reader-services,3,98451,\n", "不止一次"),
        ["csv: as a form upload"] = new("POST", Import, Utf8("file=x"), "application/x-www-form-urlencoded", 415, "不要用表单"),
        ["csv: over 64 MB"] = Csv(Header + new string(' ', 64 * 1024 * 1024), "64", status: 413),
        ["csv: another division's rows"] = new("POST", Import, Utf8(Header + "circulation.loans,branches,3,15000,\n"), "text/csv", 403, "分馆", Sender.Staff),
        // Pages and their downloads
        ["page: unknown kpi"] = Get("/kpi/no.such-kpi", 404, "页面不存在", Sender.Session),
        ["page: unknown division"] = Get("/divisions/..%2F..%2Fetc%2Fpasswd", 404, "页面不存在", Sender.Session),
        ["page: plan year 2013.5"] = Get("/plan?year=2013.5", 400, "四位年份", Sender.Session),
        ["page: divisions asOf x"] = Get("/divisions?asOf=x", 400, "1 到 12", Sender.Session),
        ["page: kpi month twice"] = Get("/kpi/circulation.loans?month=3&month=4", 400, "1 到 12", Sender.Session),
        ["page: entry month abc"] = Get("/entry?month=abc", 400, "1 到 12", Sender.Session),
        ["page: report month 三"] = Get("/report?month=%E4%B8%89", 400, "1 到 12", Sender.Session),
        ["page: overview year abc"] = Get("/?year=abc", 400, "四位年份", Sender.Session),
        ["report csv: year abc"] = Get("/report/kpis.csv?year=abc&month=1", 400, "四位年份", Sender.Session),
        ["report csv: month 13"] = Get("/report/kpis.csv?year=2013&month=13", 400, "1 到 12", Sender.Session),
        ["report csv: month abc"] = Get("/report/kpis.csv?year=2013&month=abc", 400, "1 到 12", Sender.Session),
    };

    /// <summary>Every case on SQLite, and on PostgreSQL where it is installed or required (as <see cref="OnPostgresAttribute"/>).</summary>
    public static TheoryData<string, DatabaseProvider> Names()
    {
        var data = new TheoryData<string, DatabaseProvider>();
        var providers = PostgresServer.Runs ? new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres } : [DatabaseProvider.Sqlite];
        foreach (var provider in providers)
            foreach (var name in All.Keys) data.Add(name, provider);
        return data;
    }
}
