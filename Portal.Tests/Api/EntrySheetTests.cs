using System.Net;
using System.Text;
using Portal.Tests.Support;
using Portal.Tests.Support.Api;
using static Portal.Tests.Support.XlsxFiles;

namespace Portal.Tests.Api;

/// <summary>
/// The entry grid's export of one division and month, with Chinese headers, as .xlsx and CSV, and both files back
/// in through the import: a changed value is saved and audited as the importer, a bad file writes nothing.
/// </summary>
public sealed class EntrySheetTests
{
    private const string Sheet = "/api/plans/2013/entry-sheet";
    private const string Query = "?division=reader-services&month=3";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task SeedMarchAsync(ApiHost api)
    {
        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450, "含流动服务点");
        await api.SaveAsync("circulation.visits", "reader-services", 3, 212_000);
        await api.SaveAsync("circulation.loans", "reader-services", 2, 76_900); // another month: not in the file
        await api.SaveAsync("ancient-books.repaired-pages", "ancient-books", 3, 760); // another division: not in the file
    }

    private Task<HttpResponseMessage> ImportAsync(ApiHost api, byte[] file, string type) =>
        api.Client.PostAsync("/api/plans/2013/figures/import", new ByteArrayContent(file) { Headers = { { "Content-Type", type } } });

    [Fact]
    public async Task Xlsx_ExportedChangedAndImported_UpdatesTheFigureAndAuditsTheUser()
    {
        await using var api = new ApiHost();
        await SeedMarchAsync(api);

        var response = await api.Client.GetAsync(Sheet + ".xlsx" + Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2013年3月-读者服务部-填报表.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var file = await response.Content.ReadAsByteArrayAsync();
        var rows = Rows(file);
        Assert.Equal(["指标代码", "指标名称", "部门代码", "部门", "月份", "数值", "单位", "备注"], rows[0]);
        Assert.Equal(["circulation.loans", "外借文献", "reader-services", "读者服务部", "3", "98450", "册次", "含流动服务点"], rows.Single(r => r[0] == "circulation.loans"));
        Assert.Equal(["readers.new-cards", "新办读者证", "reader-services", "读者服务部", "3", "", "张"], rows.Single(r => r[0] == "readers.new-cards"));
        Assert.Equal(5, rows.Count); // the header and the four KPIs 读者服务部 reports

        var changed = SetValue(file, "circulation.loans", 99_120);
        var imported = await ImportAsync(api, changed, Xlsx);

        Assert.Equal("""{"imported":2}""", await imported.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var loans = (await api.FiguresAsync("?month=3")).Single(f => f.Kpi == "circulation.loans");
        Assert.Equal((99_120d, "含流动服务点", ApiHost.Feed), (loans.Value, loans.Note, loans.UpdatedBy));
        var audit = (await api.AuditAsync("?kpi=circulation.loans&month=3"))[0];
        Assert.Equal((98_450d, 99_120d, ApiHost.Feed), (audit.OldValue, audit.NewValue, audit.By));
        Assert.Equal(212_000, (await api.FiguresAsync("?month=3")).Single(f => f.Kpi == "circulation.visits").Value);
    }

    [Fact]
    public async Task Csv_ExportedWithChineseHeaders_ImportsBackWithTheChange()
    {
        await using var api = new ApiHost();
        await SeedMarchAsync(api);

        var response = await api.Client.GetAsync(Sheet + ".csv" + Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("指标代码,指标名称,部门代码,部门,月份,数值,单位,备注", lines[0]);
        Assert.Contains("circulation.loans,外借文献,reader-services,读者服务部,3,98450,册次,含流动服务点", lines);

        var edited = text.Replace(",98450,", ",99500,", StringComparison.Ordinal);
        var imported = await ImportAsync(api, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(edited)], "text/csv");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(99_500, (await api.FiguresAsync("?month=3")).Single(f => f.Kpi == "circulation.loans").Value);
        Assert.Equal(ApiHost.Feed, (await api.AuditAsync("?kpi=circulation.loans&month=3"))[0].By);
    }

    [Fact]
    public async Task Import_BadXlsx_SaysWhyInChinese_AndWritesNothing()
    {
        await using var api = new ApiHost();
        await SeedMarchAsync(api);
        var before = await api.CountsAsync();
        var file = await (await api.Client.GetAsync(Sheet + ".xlsx" + Query)).Content.ReadAsByteArrayAsync();

        var notAWorkbook = await ImportAsync(api, [.. "PK\u0003\u0004"u8.ToArray(), .. new byte[200]], Xlsx);
        var problem = await ApiHost.ProblemAsync(notAWorkbook, 400);
        Assert.Contains("无法读取这个 Excel 文件", problem.GetProperty("errors")[0].GetProperty("message").GetString());

        var wrongValue = await ImportAsync(api, SetText(file, "circulation.visits", "二十一万"), Xlsx);
        var errors = (await ApiHost.ProblemAsync(wrongValue, 400)).GetProperty("errors");
        var line = Rows(file).FindIndex(r => r[0] == "circulation.visits") + 1;
        Assert.Equal(line, errors[0].GetProperty("line").GetInt32());
        Assert.Contains("数值“二十一万”不是数字", errors[0].GetProperty("message").GetString());

        Assert.Equal(before, await api.CountsAsync());
        Assert.Equal(98_450, (await api.FiguresAsync("?month=3")).Single(f => f.Kpi == "circulation.loans").Value);
    }

    [Theory]
    [InlineData("?month=3", "division")]
    [InlineData("?division=reader-services&month=13", "month")]
    [InlineData("?division=nowhere&month=3", "division")]
    public async Task Export_WithoutAValidDivisionOrMonth_Is400NamingTheField(string query, string field)
    {
        await using var api = new ApiHost();
        Assert.NotEmpty(await ApiHost.FieldErrorAsync(await api.Client.GetAsync(Sheet + ".xlsx" + query), field));
    }
}
