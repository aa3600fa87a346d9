using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// The province page's export on the demo province (ADR 041): a city gets its own and its counties' figures and
/// nothing else, on PostgreSQL under row-level security too; a county gets 404 for its own roll-up and for a
/// sibling's; a note that looks like a formula stays text.
/// </summary>
public sealed class ProvinceExportTests
{
    private const string Password = "demo-admin-2013";
    private static readonly string[] CityAndCounties = ["杭州图书馆", "杭州市西湖区图书馆", "杭州市余杭区图书馆"];

    private static PortalFactory Start(DatabaseProvider provider) =>
        new(demo: true, settings: new Dictionary<string, string?> { ["Portal:DemoProvince"] = "true" }, provider: provider);

    [Theory, OnSqlite, OnPostgres]
    public async Task Export_AsACity_GivesTheCityAndItsCountiesFigures_AndNothingElse(DatabaseProvider provider)
    {
        await using var portal = Start(provider);
        var tree = portal.Services.GetRequiredService<LibraryTree>();
        var ids = new List<int>();
        foreach (var code in new[] { "hz-lib", "xh-lib", "yh-lib" }) ids.Add((await tree.FindByCodeAsync(code))!.Id);
        await AddNoteAsync(portal, ids[1], "=HYPERLINK(\"http://evil.example\",\"点击\")");
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var expected = await db.Figures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).CountAsync(f => f.Year == 2013 && ids.Contains(f.LibraryId));
        using var city = await portal.LoginAsync("hz.admin", Password);

        using var csv = await city.GetAsync("/l/hz-lib/province/export.csv?year=2013");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var xlsx = XlsxFiles.Rows(await city.GetByteArrayAsync("/l/hz-lib/province/export.xlsx?year=2013"));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("图书馆,级别,上级馆,年度,指标代码,指标,部门,月份,数值,单位,备注", lines[0]);
        Assert.True(expected > 100, $"only {expected} figures");
        Assert.Equal(expected, lines.Length - 1);
        Assert.Equal(CityAndCounties, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct());
        Assert.StartsWith("杭州市西湖区图书馆,县级,杭州图书馆,2013,lending.loans,外借图书,外借部,1,", lines.First(l => l.StartsWith("杭州市西湖区", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.EndsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"", StringComparison.Ordinal));
        Assert.Equal(expected + 1, xlsx.Count);
        Assert.Equal(CityAndCounties, xlsx.Skip(1).Select(r => r[0]).Distinct());
        Assert.Contains(xlsx, r => r.Length > 10 && r[10] == "=HYPERLINK(\"http://evil.example\",\"点击\")"); // a string cell, never a formula
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Export_AsACounty_Is404_ForItsOwnAddress_ASiblingAndTheProvince(DatabaseProvider provider)
    {
        await using var portal = Start(provider);
        using var county = await portal.LoginAsync("xh.admin", Password);

        foreach (var path in new[] { "/l/xh-lib/province/export.csv", "/l/xh-lib/province/export.xlsx", "/l/yh-lib/province/export.csv",
                     "/l/hz-lib/province/export.xlsx", "/province/export.csv" })
        {
            using var response = await county.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain("lending.loans", body, StringComparison.Ordinal);
        }
        Assert.Contains("各馆数据导出只对有下级馆的省级和市级图书馆开放。", await (await county.GetAsync("/l/xh-lib/province/export.csv")).Content.ReadAsStringAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Export_AYearWithoutAPlan_Is404_NamingTheYearsThatHaveOne(DatabaseProvider provider)
    {
        await using var portal = Start(provider);
        using var province = await portal.LoginAsync("admin", Password);

        using var response = await province.GetAsync("/province/export.csv?year=2099");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("没有 2099 年的计划。可导出的年度：2013、2014。", await response.Content.ReadAsStringAsync());
    }

    private static async Task AddNoteAsync(PortalFactory portal, int library, string note)
    {
        using var entered = LibraryScope.Enter(LibraryScope.Of(library));
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var figure = await db.Figures.Where(f => f.Year == 2013).OrderBy(f => f.Month).ThenBy(f => f.Kpi).FirstAsync();
        figure.Note = note;
        await db.SaveChangesAsync();
    }
}
