using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Plans.Editing;
using Portal.Tests.Support;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

public sealed class PlansApiTests(SharedApiHost shared) : IClassFixture<SharedApiHost>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Plans_List_GivesYearAndTitle(DatabaseProvider db)
    {
        var api = shared[db];

        var json = await api.Client.GetStringAsync(ApiHost.Plans);

        Assert.Equal("""[{"year":2013,"title":"浙江图书馆 2013 年工作要点"}]""", json);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Dashboard_AfterLoansThroughMarch_ReportsActualCompletionAndExactNames(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.loans", "reader-services", 1, 81_200);
        await api.SaveAsync("circulation.loans", "reader-services", 2, 76_900);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);
        await api.SaveAsync("circulation.loans", "branches", 3, 24_300);

        var root = JsonDocument.Parse(await api.Client.GetStringAsync($"{ApiHost.Plans}/2013/dashboard?asOf=3")).RootElement;

        Assert.Equal(["year", "asOf", "kpis", "sections", "divisions", "completeMonth", "owed"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("asOf").GetInt32());
        // No month is complete (most divisions owe every month), and 分馆与流通站 owes its January and February loans.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("completeMonth").ValueKind);
        var branches = root.GetProperty("owed").EnumerateArray().Single(o => o.GetProperty("division").GetString() == "branches");
        Assert.Equal(["division", "name", "months"], branches.EnumerateObject().Select(p => p.Name));
        Assert.Equal("分馆与流通站", branches.GetProperty("name").GetString());
        Assert.Equal([1, 2], branches.GetProperty("months").EnumerateArray().Select(m => m.GetInt32()));
        var loans = root.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "circulation.loans");
        Assert.Equal(["code", "name", "unit", "target", "qualifier", "aggregation", "actual", "completion", "expected", "status", "forecast", "divisions", "opening", "previousYear", "retiredFrom"],
            loans.EnumerateObject().Select(p => p.Name));
        // 81,200 + 76,900 + 98,450 + 24,300 = 280,850 of 1,000,000; the seasonal pace to March is 2.5 / 12.
        Assert.Equal(280_850, loans.GetProperty("actual").GetDouble());
        Assert.Equal(0.28085, loans.GetProperty("completion").GetDouble(), 1e-9);
        Assert.Equal(208_333.333, loans.GetProperty("expected").GetDouble(), 1e-3);
        Assert.Equal("OnTrack", loans.GetProperty("status").GetString());
        Assert.Equal("at-least", loans.GetProperty("qualifier").GetString());
        var readerServices = loans.GetProperty("divisions").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "reader-services");
        Assert.Equal(256_550, readerServices.GetProperty("actual").GetDouble());
        Assert.Equal(256_550 / 700_000.0, readerServices.GetProperty("completion").GetDouble(), 1e-9);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Dashboard_KpiRetiredFromJuly_GivesRetiredFromOnceAsOfReachesIt(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await using (var scope = api.Factory.Scope())
        {
            var edit = await scope.ServiceProvider.GetRequiredService<PlanEditor>().ApplyAsync(2013,
                new RetireKpi("digital-library.mstp-lines", 7), 1, "线路已全部租用，不再考核", TestAccounts.Principal("admin.li", PortalRoles.Admin));
            Assert.True(edit.Ok, edit.Error);
        }

        async Task<JsonElement> LinesAsync(int asOf) =>
            JsonDocument.Parse(await api.Client.GetStringAsync($"{ApiHost.Plans}/2013/dashboard?asOf={asOf}")).RootElement
                .GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "digital-library.mstp-lines");

        Assert.Equal(JsonValueKind.Null, (await LinesAsync(6)).GetProperty("retiredFrom").ValueKind);
        Assert.Equal(7, (await LinesAsync(7)).GetProperty("retiredFrom").GetInt32());
        Assert.Equal(7, (await LinesAsync(12)).GetProperty("retiredFrom").GetInt32());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Dashboard_WithoutAsOf_UsesLatestReportedMonth(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.visits", "reader-services", 4, 152_300);

        var root = JsonDocument.Parse(await api.Client.GetStringAsync($"{ApiHost.Plans}/2013/dashboard")).RootElement;

        Assert.Equal(4, root.GetProperty("asOf").GetInt32());
    }

    [Theory]
    [OnSqlite("0"), OnPostgres("0")]
    [OnSqlite("13"), OnPostgres("13")]
    [OnSqlite("abc"), OnPostgres("abc")]
    [OnSqlite("3.5"), OnPostgres("3.5")]
    public async Task Dashboard_AsOfNotAMonth_Returns400NamingAsOf(string asOf, DatabaseProvider db)
    {
        var api = shared[db];

        var response = await api.Client.GetAsync($"{ApiHost.Plans}/2013/dashboard?asOf={asOf}");

        Assert.Contains("1 到 12", await ApiHost.FieldErrorAsync(response, "asOf"));
    }

    [Theory]
    [OnSqlite("2099"), OnPostgres("2099")]
    [OnSqlite("abc"), OnPostgres("abc")]
    public async Task Dashboard_UnknownYear_Returns404(string year, DatabaseProvider db)
    {
        var api = shared[db];

        var response = await api.Client.GetAsync($"{ApiHost.Plans}/{year}/dashboard");

        var problem = await ApiHost.ProblemAsync(response, 404);
        Assert.Contains(year, problem.GetProperty("detail").GetString());
    }
}
