using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Province;

/// <summary>/province as the portal serves it, at a city's, a county's and the province's address.</summary>
public sealed class ProvincePageTests : IAsyncLifetime
{
    private const string Password = "demo-admin-2013";
    private readonly ProvincePortal _province = new();

    public async Task InitializeAsync() => await _province.ReportSeptemberAsync();

    public async Task DisposeAsync() => await _province.DisposeAsync();

    [Fact]
    public async Task Get_AsTheCitysAdmin_ShowsTheCityAndItsCountiesOnly_WithTheMonthsReporting()
    {
        using var city = await _province.Portal.LoginAsync("hz.admin", Password);

        var html = await city.GetStringAsync("/l/hz-lib/province?year=2013&month=9");

        Assert.Contains("data-reporting=\"xh-lib\"", html);
        Assert.Contains("data-standing=\"yh-lib\"", html);
        Assert.DoesNotContain("nb-lib", html);
        Assert.DoesNotContain("宁波", html);
        Assert.Contains("9 月：7 个部门中 4 个已提交；3 个馆中 1 个已全部提交。", html);
        Assert.Contains("href=\"/l/hz-lib/province/export.csv?year=2013\"", html);
    }

    [Fact]
    public async Task Get_AtACountysAddress_SaysThePageIsForProvinceAndCityLibraries_AndLinksHome()
    {
        using var county = await _province.Portal.LoginAsync("xh.admin", Password);

        using var response = await county.GetAsync("/l/xh-lib/province");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("本页面供省级和市级图书馆使用", html);
        Assert.Contains("href=\"/l/xh-lib/\"", html);
        Assert.DoesNotContain("data-standing", html);
        Assert.DoesNotContain("各馆汇总</", await county.GetStringAsync("/l/xh-lib/")); // no link in the menu either
    }

    [Fact]
    public async Task Get_AsTheProvince_DefaultsToItsLatestYear_AndSaysWhoHasNoPlanForIt()
    {
        using var province = await _province.Portal.LoginAsync("admin", Password);

        var html = await province.GetStringAsync("/province");

        Assert.Contains("data-picker=\"year\"", html); // 2013 and 2014
        Assert.Contains("无 2014 年计划", html);
        Assert.Contains("6 个馆没有 2014 年计划，不计入", html);
        Assert.Contains("各馆汇总</", html); // the menu's link
    }

    [Fact]
    public async Task Get_AsTheProvince_ShowsItsJointTarget_WithEveryLibrarysContribution_AndWhoHasNotReported()
    {
        using var province = await _province.Portal.LoginAsync("admin", Password);

        var html = await province.GetStringAsync("/province?year=2013&month=10");

        // By hand from the rows: the province's own reading events to October, plus each library's joint row.
        await using var db = await _province.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var total = await db.Figures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(f => f.Year == 2013 && f.Month <= 10
                && (f.LibraryId == 1 && f.Kpi == Event || f.LibraryId != 1 && f.Kpi == "joint.zjlib." + Event))
            .SumAsync(f => f.Value);
        Assert.True(total > 0);
        Assert.Contains($"data-joint-target=\"{Event}\"", html);
        Assert.Contains($"data-joint-actual>{Formats.Number(total)} 场</td>", html);
        Assert.Contains("6 个馆中 5 个已报", html); // 慈溪 reported up to September only
        Assert.Contains("未报：慈溪市图书馆", html);
        Assert.Contains("data-status=\"Achieved\"", html); // past 约 200 场 already, so 已完成 although 慈溪 owes October
        Assert.Contains($"href=\"/kpi/{Event}?year=2013&amp;month=10\"", html);
        // A county's own five KPIs are ranked, not its contribution (judged against the province's 约 200 场).
        var county = html[html.IndexOf("data-standing=\"xh-lib\"", StringComparison.Ordinal)..];
        county = county[..county.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(county, "data-count=\"(\\d+)\"").Sum(m => int.Parse(m.Groups[1].Value)));
    }

    private const string Event = "network.reading-events";
}
