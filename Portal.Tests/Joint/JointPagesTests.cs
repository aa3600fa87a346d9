using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Entry;
using Portal.Kpis;
using Portal.Libraries;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.Joint;

/// <summary>
/// A joint target on the pages (ADR 043): the province's 2013 plan with 全省公共图书馆联动读书活动约 200 场 carried by every
/// library below, a city (杭州, no plan yet) and a county (西湖区, with its plan): the county's grid has the row of its
/// own, and the province's KPI page shows the contributions and who has not reported, live.
/// </summary>
public sealed class JointPagesTests : PageTestContext
{
    private const string Events = "network.reading-events", Row = "joint.zjlib.network.reading-events";

    private const string CountyPlan = """
        {
          "year": 2013, "title": "杭州市西湖区图书馆 2013 年工作要点",
          "divisions": [ { "code": "lending", "name": "外借部" }, { "code": "events", "name": "活动推广部" } ],
          "sections": [ { "code": "一", "title": "基本服务", "items": [
            { "code": "一.1", "number": 1, "text": "全年外借图书 12 万册次。", "owner": "lending" },
            { "code": "一.2", "number": 2, "text": "举办讲座 24 场。", "owner": "events" } ] } ],
          "kpis": [
            { "code": "circulation.loans", "name": "外借图书", "item": "一.1", "target": 120000, "unit": "册次", "qualifier": "at-least", "aggregation": "flow", "lead": "lending" },
            { "code": "events.lectures", "name": "讲座", "item": "一.2", "target": 24, "unit": "场", "qualifier": "target", "aggregation": "flow", "lead": "events" }
          ]
        }
        """;

    private async Task<PlanStore> CountyAsync()
    {
        var portal = await UseDatabaseAsync(demo: true);
        await using var scope = portal.Scope();
        var admin = scope.ServiceProvider.GetRequiredService<LibraryAdmin>();
        Assert.True((await admin.AddAsync("hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib", "hz.first", TestWriters.Admin("测试"))).Succeeded);
        var county = (await admin.AddAsync("xh-lib", "杭州市西湖区图书馆", LibraryLevel.County, "hz-lib", "xh.first", TestWriters.Admin("测试"))).Library!.Id;
        using (LibraryScope.Enter(LibraryScope.Of(county)))
        {
            await using var inCounty = portal.Scope();
            await inCounty.ServiceProvider.GetRequiredService<PlanPublisher>().PublishAsync(CountyPlan, TestWriters.Admin("测试"), CancellationToken.None);
        }
        return portal.Services.GetRequiredService<PlanStores>().For(county);
    }

    [Fact]
    public async Task CountyGrid_HasTheProvincesJointTargetAsARowOfItsOwn_InItsEventsDivision()
    {
        var county = await CountyAsync();
        var sheet = EntrySheet.Build(county.Find(2013)!, "events", 7, []);

        var cut = Render<EntryGrid>(p => p.Add(g => g.Sheet, sheet));

        Assert.Equal(["events.lectures", Row], cut.FindAll("tr[data-row-kpi]").Select(r => r.GetAttribute("data-row-kpi")));
        var row = cut.Find($"tr[data-row-kpi='{Row}']");
        Assert.Equal("省联合目标：未成年人读书节读书活动", row.QuerySelector("td.name")!.TextContent.Trim());
        Assert.Equal("场", row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Contains("由上级馆合计", row.QuerySelectorAll("td")[2].GetAttribute("title"));  // no target of its own: a part of the province's
        Assert.DoesNotContain(EntrySheet.Build(county.Find(2013)!, "lending", 7, []).Rows, r => r.Kpi.Code == Row);
    }

    [Fact]
    public async Task ProvinceKpiPage_ShowsContributionsByLibraryAndCity_AndWhoHasNotReported_Live()
    {
        var county = await CountyAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/kpi/{Events}?year=2013&month=7");
        var cut = Render<KpiDetail>(p => p.Add(k => k.Code, Events));
        var own = Store.Find(2013)!.Evaluate(7).Kpi(Events).Actual;
        cut.WaitForAssertion(() => Assert.Equal("hz-lib,xh-lib", cut.Find("[data-joint-missing]").GetAttribute("data-joint-missing")));
        Assert.Contains("杭州图书馆、杭州市西湖区图书馆", cut.Find("[data-joint-missing]").TextContent);

        // 西湖区 saves 6 July events on its own row (committed to its store, as its save does).
        county.Apply(2013, [new FigureChange(2013, Row, "events", 7, 6, null, "xh.staff", DateTimeOffset.UnixEpoch)]);

        cut.WaitForAssertion(() => Assert.Equal("hz-lib", cut.Find("[data-joint-missing]").GetAttribute("data-joint-missing")));
        var xihu = cut.Find("tr[data-joint-library='xh-lib']").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["杭州市西湖区图书馆", "杭州图书馆", "6", "6"], xihu.Take(4));
        Assert.Equal(["1 / 2", "6"], cut.Find("tr[data-joint-city='hz-lib']").QuerySelectorAll("td").Skip(1).Take(2).Select(td => td.TextContent.Trim()));
        Assert.Equal(own + 6, Store.Find(2013)!.Evaluate(7).Kpi(Events).Actual);
        Assert.Contains($"合计 {own + 6:0} 场", cut.Find("[data-joint-total]").TextContent);
        Assert.Contains($"距全年目标还差 {200 - own - 6:0} 场", cut.Markup);        // what it takes counts the contributions too
    }
}
