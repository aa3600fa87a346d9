using Portal.Data;
using Portal.Tests.Support;
using System.Net.Http.Json;
using System.Text;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

/// <summary>Every bad input gets a 4xx problem whose message names what is wrong, and nothing is written.</summary>
public sealed class BadInputTests(SharedApiHost shared) : IClassFixture<SharedApiHost>
{
    private const string Loans = "/api/plans/2013/figures/circulation.loans/reader-services";
    private ApiHost _api = null!;

    [Theory]
    [OnSqlite("3", """{"value": "九万八"}""", "value", "数字"), OnPostgres("3", """{"value": "九万八"}""", "value", "数字")]
    [OnSqlite("3", """{"value": "98450"}""", "value", "数字"), OnPostgres("3", """{"value": "98450"}""", "value", "数字")]
    [OnSqlite("3", """{"value": -5}""", "value", "负数"), OnPostgres("3", """{"value": -5}""", "value", "负数")]
    [OnSqlite("3", """{"value": "NaN"}""", "value", "数字"), OnPostgres("3", """{"value": "NaN"}""", "value", "数字")]
    [OnSqlite("3", """{"value": 1e309}""", "value", "范围"), OnPostgres("3", """{"value": 1e309}""", "value", "范围")]
    [OnSqlite("3", """{"value": true}""", "value", "数字"), OnPostgres("3", """{"value": true}""", "value", "数字")]
    [OnSqlite("3", """{"value": null}""", "value", "value"), OnPostgres("3", """{"value": null}""", "value", "value")]
    [OnSqlite("3", """{}""", "value", "value"), OnPostgres("3", """{}""", "value", "value")]
    [OnSqlite("3", """{"value": 98450.5}""", "value", "整数"), OnPostgres("3", """{"value": 98450.5}""", "value", "整数")]
    [OnSqlite("3", """{"value": 98450, "note": 12}""", "note", "文本"), OnPostgres("3", """{"value": 98450, "note": 12}""", "note", "文本")]
    [OnSqlite("3", """{"value": 98450, "version": -1}""", "version", "version"), OnPostgres("3", """{"value": 98450, "version": -1}""", "version", "version")]
    [OnSqlite("3", """{"value": 98450, "version": "2"}""", "version", "version"), OnPostgres("3", """{"value": 98450, "version": "2"}""", "version", "version")]
    [OnSqlite("0", """{"value": 98450}""", "month", "1 到 12"), OnPostgres("0", """{"value": 98450}""", "month", "1 到 12")]
    [OnSqlite("13", """{"value": 98450}""", "month", "1 到 12"), OnPostgres("13", """{"value": 98450}""", "month", "1 到 12")]
    [OnSqlite("三月", """{"value": 98450}""", "month", "1 到 12"), OnPostgres("三月", """{"value": 98450}""", "month", "1 到 12")]
    [OnSqlite("3", "", "body", "为空"), OnPostgres("3", "", "body", "为空")]
    [OnSqlite("3", """{"value": 98450""", "body", "JSON"), OnPostgres("3", """{"value": 98450""", "body", "JSON")]
    [OnSqlite("3", """{"value": NaN}""", "body", "JSON"), OnPostgres("3", """{"value": NaN}""", "body", "JSON")]
    [OnSqlite("3", """[98450]""", "body", "对象"), OnPostgres("3", """[98450]""", "body", "对象")]
    public async Task Put_BadInput_Returns400NamingTheFieldAndWritesNothing(string month, string body, string field, string says, DatabaseProvider db)
    {
        _api = shared[db];
        var response = await _api.PutRawAsync($"{Loans}/{month}", body);

        Assert.Contains(says, await ApiHost.FieldErrorAsync(response, field));
        Assert.Equal((0, 0), await _api.CountsAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_TenMegabyteNote_Returns400SayingTheLimit(DatabaseProvider db)
    {
        _api = shared[db];
        var note = new string('注', 10 * 1024 * 1024 / 3);

        var response = await _api.Client.PutAsJsonAsync($"{Loans}/3", new { value = 98_450, note });

        Assert.Contains("2000", await ApiHost.FieldErrorAsync(response, "note"));
        Assert.Equal((0, 0), await _api.CountsAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_GbkEncodedJson_Returns400AskingForUtf8(DatabaseProvider db)
    {
        _api = shared[db];
        var gbk = Portal.Shared.TextEncodings.Gb18030.GetBytes("""{"value": 98450, "note": "含流动服务点"}""");

        var response = await _api.Client.PutAsync($"{Loans}/3", new ByteArrayContent(gbk) { Headers = { { "Content-Type", "application/json" } } });

        Assert.Contains("UTF-8", await ApiHost.FieldErrorAsync(response, "body"));
        Assert.Equal((0, 0), await _api.CountsAsync());
    }

    [Theory]
    [OnSqlite("?kpi=circulation.lending", "kpi"), OnPostgres("?kpi=circulation.lending", "kpi")]
    [OnSqlite("?division=readers", "division"), OnPostgres("?division=readers", "division")]
    [OnSqlite("?month=13", "month"), OnPostgres("?month=13", "month")]
    [OnSqlite("?month=x", "month"), OnPostgres("?month=x", "month")]
    public async Task Figures_BadFilter_Returns400NamingTheFilter(string query, string field, DatabaseProvider db)
    {
        _api = shared[db];
        var response = await _api.Client.GetAsync($"/api/plans/2013/figures{query}");

        await ApiHost.FieldErrorAsync(response, field);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task UnknownApiRoute_Returns404ProblemNotThePage(DatabaseProvider db)
    {
        _api = shared[db];
        var response = await _api.Client.GetAsync("/api/plans/2013/nothing-here");

        await ApiHost.ProblemAsync(response, 404);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task WrongMethod_Returns405Problem(DatabaseProvider db)
    {
        _api = shared[db];
        var response = await _api.Client.PostAsync($"{Loans}/3", new StringContent("{}", Encoding.UTF8, "application/json"));

        await ApiHost.ProblemAsync(response, 405);
        Assert.Equal((0, 0), await _api.CountsAsync());
    }
}
