using Portal.Tests.Support;
using Portal.Data;
using System.Net;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

public sealed class DeleteFigureTests
{
    private static string Loans(int month, string query = "") => ApiHost.Cell("circulation.loans", "reader-services", month) + query;

    [Theory, OnSqlite, OnPostgres]
    public async Task Delete_CurrentVersion_Returns204RemovesAndAudits(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var saved = await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);

        var response = await api.Client.DeleteAsync(Loans(3, $"?version={saved.Version}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await api.FiguresAsync());
        var delete = (await api.AuditAsync())[0];
        Assert.Equal(("Delete", 98_450d, (double?)null), (delete.Action, delete.OldValue!.Value, delete.NewValue));
        Assert.Equal(0, api.Factory.Plan2013.Current.Kpi("circulation.loans").Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Delete_StaleVersion_Returns409AndKeepsTheFigure(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var loaded = await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 99_120, version: loaded.Version);

        var response = await api.Client.DeleteAsync(Loans(3, $"?version={loaded.Version}"));

        var problem = await ApiHost.ProblemAsync(response, 409);
        Assert.Equal(99_120, problem.GetProperty("current").GetProperty("value").GetDouble());
        Assert.Equal(99_120, Assert.Single(await api.FiguresAsync()).Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Delete_NoFigure_Returns404(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);

        var response = await api.Client.DeleteAsync(Loans(4, "?version=1"));

        await ApiHost.ProblemAsync(response, 404);
        Assert.Equal((0, 0), await api.CountsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?version=")]
    [InlineData("?version=abc")]
    [InlineData("?version=0")]
    [InlineData("?version=-1")]
    public async Task Delete_MissingOrInvalidVersion_Returns400AndKeepsTheFigure(string query)
    {
        await using var api = new ApiHost();
        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);

        var response = await api.Client.DeleteAsync(Loans(3, query));

        Assert.Contains("version", await ApiHost.FieldErrorAsync(response, "version"));
        Assert.Equal((1, 1), await api.CountsAsync());
    }
}
