using Portal.Tests.Support;
using Portal.Data;
using System.Net;
using System.Text;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

public sealed class CsvExportTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Export_WritesUtf8WithBomHeaderAndRows(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450, "含流动服务点, \"自助\"借还");
        await api.SaveAsync("digitization.rubbings-gb", "digital", 3, 48.75);

        var response = await api.Client.GetAsync("/api/plans/2013/figures.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("workplan-2013-figures.csv", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "kpi,division,month,value,note\r\n" +
            "circulation.loans,reader-services,3,98450,\"含流动服务点, \"\"自助\"\"借还\"\r\n" +
            "digitization.rubbings-gb,digital,3,48.75,\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Export_RoundTripsThroughImportIntoAnotherPortal(DatabaseProvider db)
    {
        await using var source = new ApiHost(db);
        await source.SaveAsync("circulation.loans", "reader-services", 3, 98_450, "第一行\n第二行");
        await source.SaveAsync("lectures.high-end", "outreach", 4, 2, "<script>alert(1)</script>");
        await source.SaveAsync("digitization.rubbings-gb", "digital", 6, 48.75);
        var file = await source.Client.GetByteArrayAsync("/api/plans/2013/figures.csv");
        await using var target = new ApiHost(db);

        var response = await target.ImportAsync(file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Cells(await source.FiguresAsync()), Cells(await target.FiguresAsync()));
        // The same file again changes nothing, so it adds no audit records.
        await target.ImportAsync(file);
        Assert.Equal((3, 3), await target.CountsAsync());
    }

    [Fact]
    public async Task Export_NotesThatLookLikeFormulas_AreTextInTheFileAndImportBackUnchanged()
    {
        await using var source = new ApiHost();
        string[] notes = ["=HYPERLINK(\"http://evil.example\",\"点我\")", "+86 571 8798 8588", "-3 较上月减少", "@SUM(A1:A9)", "\t=1+1", "'=已转义", "'98 洪水后补录"];
        for (var i = 0; i < notes.Length; i++) await source.SaveAsync("circulation.loans", "reader-services", i + 1, 90_000 + i, notes[i]);
        var file = await source.Client.GetByteArrayAsync("/api/plans/2013/figures.csv");

        var text = Encoding.UTF8.GetString(file[3..]);
        Assert.Contains(",1,90000,\"'=HYPERLINK(\"\"http", text); // quoted: it holds quotes
        Assert.Contains(",2,90001,'+86 571", text);
        Assert.Contains(",3,90002,'-3 较上月减少", text);
        Assert.Contains(",4,90003,'@SUM(A1:A9)", text);
        Assert.Contains(",5,90004,'\t=1+1", text);
        Assert.Contains(",6,90005,''=已转义", text);
        Assert.Contains(",7,90006,''98 洪水后补录", text);
        await using var target = new ApiHost();
        Assert.Equal(HttpStatusCode.OK, (await target.ImportAsync(file)).StatusCode);
        Assert.Equal(notes, (await target.FiguresAsync()).OrderBy(f => f.Month).Select(f => f.Note));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Export_UnknownYear_Returns404(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        await ApiHost.ProblemAsync(await api.Client.GetAsync("/api/plans/1999/figures.csv"), 404);
    }

    private static List<(string, string, int, double, string?)> Cells(IEnumerable<Portal.Api.FigureDto> figures) =>
        figures.Select(f => (f.Kpi, f.Division, f.Month, f.Value, f.Note)).ToList();
}
