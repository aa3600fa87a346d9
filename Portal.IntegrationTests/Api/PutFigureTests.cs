using Portal.Tests.Support;
using Portal.Data;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Accounts;
using Portal.Api;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

public sealed class PutFigureTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_NewFigure_Returns200WithTheStoredFigureInExactNames(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.PutAsync("circulation.loans", "reader-services", 3, new { value = 98_450, note = "含流动服务点" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["kpi", "division", "month", "value", "note", "version", "updatedAt", "updatedBy"], root.EnumerateObject().Select(p => p.Name));
        var figure = root.Deserialize<FigureDto>(Json)!;
        Assert.Equal(("circulation.loans", "reader-services", 3, 98_450d, "含流动服务点", 1, ApiHost.Feed),
            (figure.Kpi, figure.Division, figure.Month, figure.Value, figure.Note, figure.Version, figure.UpdatedBy));
        Assert.Equal(98_450, api.Factory.Plan2013.Current.Kpi("circulation.loans").Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_WithCurrentVersion_UpdatesAndBumpsTheVersion(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var first = await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450, version: 0);

        var second = await api.SaveAsync("circulation.loans", "reader-services", 3, 98_540, "更正：漏记自助借还机", first.Version);

        Assert.Equal((98_540d, 2), (second.Value, second.Version));
        Assert.Equal(98_540, Assert.Single(await api.FiguresAsync()).Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_StaleVersion_Returns409AndKeepsValue(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var loaded = await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 99_120, "王敏核对后修改", loaded.Version);

        var response = await api.PutAsync("circulation.loans", "reader-services", 3, new { value = 97_000, version = loaded.Version });

        var problem = await ApiHost.ProblemAsync(response, 409);
        var current = problem.GetProperty("current");
        Assert.Equal(99_120, current.GetProperty("value").GetDouble());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal(ApiHost.Feed, current.GetProperty("updatedBy").GetString());
        Assert.Equal("王敏核对后修改", current.GetProperty("note").GetString());
        Assert.True(current.TryGetProperty("updatedAt", out _));
        Assert.Contains("99120", problem.GetProperty("detail").GetString());
        Assert.Equal(99_120, Assert.Single(await api.FiguresAsync()).Value);
        Assert.Equal(2, (await api.AuditAsync()).Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_VersionZeroWhenAFigureExists_Returns409(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);

        var response = await api.PutAsync("circulation.loans", "reader-services", 3, new { value = 1_000, version = 0 });

        var problem = await ApiHost.ProblemAsync(response, 409);
        Assert.Equal(98_450, problem.GetProperty("current").GetProperty("value").GetDouble());
        Assert.Equal(98_450, Assert.Single(await api.FiguresAsync()).Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_WithoutVersion_OverwritesLikeAFeed(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.visits", "reader-services", 5, 150_000);

        var saved = await api.SaveAsync("circulation.visits", "reader-services", 5, 151_276, "闸机自动上报");

        Assert.Equal((151_276d, 2), (saved.Value, saved.Version));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_TwentyClientsAtOnce_AllSaveWithOneAuditRecordEach(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var divisions = api.Factory.Plan2013.Plan.Divisions.Select(d => d.Code).ToList();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            api.PutAsync("circulation.visits", divisions[i % divisions.Count], i / divisions.Count + 1, new { value = 150_000 + i, version = 0 })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal((20, 20), await api.CountsAsync());
        Assert.Equal(Enumerable.Range(0, 20).Sum(i => 150_000 + i), api.Factory.Plan2013.Evaluate(12).Kpi("circulation.visits").Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_ScriptInNote_IsStoredAndReturnedAsText(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        const string note = "<script>alert('x')</script> & 读者“满意”";

        var saved = await api.SaveAsync("lectures.high-end", "outreach", 4, 2, note);

        Assert.Equal(note, saved.Note);
        Assert.Equal(note, Assert.Single(await api.FiguresAsync()).Note);
        Assert.Equal(note, Assert.Single(await api.AuditAsync()).Note);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_DecimalGigabytes_AreAccepted(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var saved = await api.SaveAsync("digitization.rubbings-gb", "digital", 6, 48.75);

        Assert.Equal(48.75, saved.Value);
    }

    [Theory]
    [InlineData(2099, "circulation.loans", "reader-services")]
    [InlineData(2013, "circulation.lending", "reader-services")]
    [InlineData(2013, "circulation.loans", "readers")]
    public async Task Put_UnknownPlanKpiOrDivision_Returns404(int year, string kpi, string division)
    {
        await using var api = new ApiHost();

        var response = await api.Client.PutAsJsonAsync(ApiHost.Cell(kpi, division, 3, year), new { value = 1 });

        var problem = await ApiHost.ProblemAsync(response, 404);
        Assert.Contains(year == 2099 ? "2099" : kpi == "circulation.lending" ? kpi : division, problem.GetProperty("detail").GetString());
        Assert.Equal((0, 0), await api.CountsAsync());
    }
}
