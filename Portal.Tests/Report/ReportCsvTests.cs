using System.Net;
using System.Text;
using Portal.Tests.Support;

namespace Portal.Tests.Report;

public sealed class ReportCsvTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public async Task InitializeAsync()
    {
        _ = _factory.Server;
        await ReportFigures.AddAsync(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ReportCsv_StartsWithBom_AndHasTheKpiColumns()
    {
        using var client = await _factory.CreateAdminClientAsync();

        var response = await client.GetAsync("/report/kpis.csv?year=2013&month=2");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("指标代码,指标,条目,牵头部门,单位,目标,截至本月完成,本月数,完成率(%),按进度应完成,上月完成率(%),变化(百分点),状态,年底预计,去年同期,同比(%),同比月份", lines[0]);
        Assert.Equal(1 + 23, lines.Length);
        // 330 of 1,800 by February (18.3%), 180 in February, 300 expected (2/12), 8.3% in January, +10.0 points,
        // on track, forecast 330 / (2/12) = 1,980
        Assert.Equal("local-docs.acquired,采集地方文献,三.2,地方文献部,种,1800,330,180,18.3,300,8.3,10.0,进度正常,1980,,,", lines[1]);  // no 2012 plan: no 同比
        Assert.StartsWith("local-docs.yearbooks,其中省内各类各级年鉴,三.2,地方文献部,种,200,,,,", lines[2]);
    }

    [Fact]
    public async Task ReportCsv_MonthDefaultsToLatestWithData()
    {
        using var client = await _factory.CreateAdminClientAsync();

        var response = await client.GetAsync("/report/kpis.csv");

        Assert.Equal("工作简报-2013-02.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Theory]
    [InlineData("/report/kpis.csv?month=13", HttpStatusCode.BadRequest, "月份必须在 1 到 12 之间")]
    [InlineData("/report/kpis.csv?year=1999", HttpStatusCode.NotFound, "没有 1999 年度的计划")]
    public async Task ReportCsv_BadRequest_IsRefusedWithMessage(string url, HttpStatusCode status, string message)
    {
        using var client = await _factory.CreateAdminClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }
}
