using Portal.Tests.Support;
using Portal.Data;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

public sealed class CsvImportTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Import_GoodFile_Returns200WithCountAndUpdatesTheDashboard(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.ImportAsync(CsvFiles.Utf8(CsvFiles.Header,
            "circulation.loans,reader-services,1,81200,",
            "circulation.loans,reader-services,2,76900,春节闭馆三天",
            "circulation.loans,reader-services,3,\"98,450\",\"含流动服务点, 自助借还\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"imported":3}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(256_550, api.Factory.Plan2013.Current.Kpi("circulation.loans").Actual);
        Assert.Equal("含流动服务点, 自助借还", (await api.FiguresAsync("?month=3")).Single().Note);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_1234Rows_WritesEveryRowWithItsAuditAndUpdatesTheLiveTotals(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var rows = CsvFiles.Rows(1_234).ToList(); // looked up cell by cell (below FigureRows.ScanYearAbove)
        var loans = rows.Where(r => r.StartsWith("circulation.loans,")).Sum(r => double.Parse(r.Split(',')[3]));

        var response = await api.ImportAsync(CsvFiles.Utf8WithBom([CsvFiles.Header, .. rows]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1_234, 1_234), await api.CountsAsync());
        Assert.Equal(loans, api.Factory.Plan2013.Evaluate(12).Kpi("circulation.loans").Actual);
        Assert.All(await api.AuditAsync(), a => Assert.Equal("Create", a.Action));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_1234RowsTwice_StoresEachValueAndNote_AndAuditsEachChangeInFileOrder(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var first = CsvFiles.Rows(1_234).ToList(); // above FigureCopy.Above: binary COPY on PostgreSQL
        var second = first.Select((row, i) =>
        {
            var c = row.Split(',');
            return $"{c[0]},{c[1]},{c[2]},{int.Parse(c[3]) + i % 5},{(i % 3 == 0 ? $"第{i}行，含\"引号\"" : "")}";
        }).ToList();

        Assert.Equal(HttpStatusCode.OK, (await api.ImportAsync(CsvFiles.Utf8([CsvFiles.Header, .. first]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.ImportAsync(CsvFiles.Utf8([CsvFiles.Header, .. second.Select(Quoted)]))).StatusCode);

        var figures = (await api.FiguresAsync()).ToDictionary(f => (f.Kpi, f.Division, f.Month));
        var expected = second.Select((row, i) => (Cell: Cell(row), Value: double.Parse(row.Split(',')[3]), Note: Note(row), Version: i % 5 == 0 && Note(row) is null ? 1 : 2));
        Assert.Equal(expected.Select(e => (e.Value, e.Note, e.Version)), expected.Select(e => figures[e.Cell]).Select(f => (f.Value, f.Note, f.Version)));
        var audit = await api.AuditAsync(); // newest first
        var changed = expected.Where(e => e.Version == 2).ToList();
        Assert.True(changed.Count > 1_000, "the second import must change more than FigureCopy.Above (1,000) cells, or COPY's update path goes untested");
        Assert.Equal(1_234 + changed.Count, audit.Count);
        Assert.Equal(changed.Select(e => (e.Cell, "Update", e.Value, e.Note)),
            audit.Take(changed.Count).Reverse().Select(a => ((a.Kpi, a.Division, a.Month), a.Action, a.NewValue!.Value, a.Note)));
        Assert.All(audit.Skip(changed.Count), a => Assert.Equal(("Create", (double?)null), (a.Action, a.OldValue)));

        static (string, string, int) Cell(string row) => (row.Split(',')[0], row.Split(',')[1], int.Parse(row.Split(',')[2]));
        static string? Note(string row) => row.Split(',', 5)[4] is { Length: > 0 } note ? note : null;
        static string Quoted(string row) => Note(row) is { } note ? row[..^note.Length] + $"\"{note.Replace("\"", "\"\"")}\"" : row;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_999GoodRowsAnd1Bad_WritesNothingAndNamesTheLine(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var rows = CsvFiles.Rows(1_000).ToList();
        rows[736] = "circulation.visits,branches,5,一千二,";

        var response = await api.ImportAsync(CsvFiles.Utf8([CsvFiles.Header, .. rows]));

        var problem = await ApiHost.ProblemAsync(response, 400);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(738, error.GetProperty("line").GetInt32()); // header is line 1, so row index 736 is line 738
        Assert.Contains("一千二", error.GetProperty("message").GetString());
        Assert.Equal((0, 0), await api.CountsAsync());
        Assert.Equal(0, api.Factory.Plan2013.Current.Kpi("circulation.visits").Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_EveryBadRow_IsReportedWithItsExcelRowNumber(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.ImportAsync(CsvFiles.Utf8(CsvFiles.Header,
            "circulation.loans,reader-services,1,81200,\"第一行\n第二行\"",  // one Excel row over two lines
            "",                                                             // an empty row is still row 3
            "circulation.loans,reader-services,13,5,",
            "circulation.loans,reader-services,2,-3,",
            "circulation.lending,reader-services,2,5,",
            "circulation.loans,readers,2,5,",
            "circulation.loans,reader-services,4,NaN,",
            "circulation.loans,reader-services,5,1e309,",
            "circulation.loans,reader-services,6,12.5,",
            "circulation.loans,reader-services,1,81200,"));

        var problem = await ApiHost.ProblemAsync(response, 400);
        var lines = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).ToList();
        Assert.Equal([4, 5, 6, 7, 8, 9, 10, 11], lines);
        Assert.Equal((0, 0), await api.CountsAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_GbkFileFromExcel_ImportsChineseNotes(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.ImportAsync(CsvFiles.Gbk(CsvFiles.Header,
            "ancient-books.repaired-pages,ancient-books,3,812,修复《四明丛书》残页",
            "lectures.high-end,outreach,3,2,文澜讲坛：宋韵文化"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notes = (await api.FiguresAsync()).Select(f => f.Note).ToList();
        Assert.Equal(["修复《四明丛书》残页", "文澜讲坛：宋韵文化"], notes);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_ChangedUnchangedAndNewRows_AuditsOnlyCreatesAndUpdates(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.loans", "reader-services", 1, 81_200);
        await api.SaveAsync("circulation.loans", "reader-services", 2, 76_000);

        var response = await api.ImportAsync(CsvFiles.Utf8(CsvFiles.Header,
            "circulation.loans,reader-services,1,81200,",
            "circulation.loans,reader-services,2,76900,补录",
            "circulation.loans,reader-services,3,98450,"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await api.AuditAsync();
        Assert.Equal(4, audit.Count);
        Assert.Contains(audit, a => a is { Action: "Update", Month: 2, OldValue: 76_000, NewValue: 76_900, Note: "补录" });
        Assert.Contains(audit, a => a is { Action: "Create", Month: 3, OldValue: null, NewValue: 98_450 });
        var figures = await api.FiguresAsync();
        Assert.Equal([1, 2, 1], figures.Select(f => f.Version));
        Assert.Equal(256_550, api.Factory.Plan2013.Current.Kpi("circulation.loans").Actual);
    }

    [Theory]
    [InlineData("", "为空")]
    [InlineData("\r\n", "为空")]
    [InlineData("指标,部门,月份,数值\r\ncirculation.loans,reader-services,3,98450\r\n", "表头")]
    [InlineData("kpi,division,month,value,note\r\ncirculation.loans,reader-services,3,98450,\"未闭合\r\n", "引号")]
    public async Task Import_UnreadableFile_Returns400WithLineAndMessage(string file, string says)
    {
        await using var api = new ApiHost();

        var response = await api.ImportAsync(System.Text.Encoding.UTF8.GetBytes(file));

        var problem = await ApiHost.ProblemAsync(response, 400);
        var messages = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(says));
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.True(e.GetProperty("line").GetInt32() >= 1));
        Assert.Equal((0, 0), await api.CountsAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_FormUpload_Returns415SayingToSendTheCsv(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(CsvFiles.Utf8(CsvFiles.Header)), "file", "figures.csv" } };

        var response = await api.Client.PostAsync("/api/plans/2013/figures/import", form);

        await ApiHost.ProblemAsync(response, 415);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_UnknownYear_Returns404(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.Client.PostAsync("/api/plans/2012/figures/import", JsonContent.Create(new { }));

        await ApiHost.ProblemAsync(response, 404);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Import_HeaderOnly_ImportsNothing(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.ImportAsync(CsvFiles.Utf8WithBom(CsvFiles.Header));

        Assert.Equal(0, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("imported").GetInt32());
    }
}
